import { loadCall } from '../access/calls';
import { loadChallenge } from '../access/challenges';
import { loadCooperation } from '../access/cooperations';
import type { Database } from '../db/client';
import { DomainError } from '../domain/errors';
import {
  dropDelivery,
  type LeasedDelivery,
  leaseDelivery,
  recordAttempt,
  retrySchedule,
  sendDelivery,
  targetCheckOf,
} from '../domain/webhooks/deliver';
import type { Bindings } from '../env';
import { RetryLater } from './deliver';

/**
 * Whether the subscriber may see what the event is about now, asked of the access layer as for
 * any request of theirs (a challenge hidden or a seat lost since the event counts): the solution
 * submitted only to the challenge's owner, a milestone to whoever may read the cooperation and that
 * milestone (all of them for those who take part, the public ones of a public cooperation for
 * others), the rest to whoever may read the challenge or call.
 */
async function mayReceive(db: Database, d: LeasedDelivery): Promise<boolean> {
  try {
    if (d.type === 'call.opened') {
      await loadCall(db, d.subscriber, d.subjectId);
      return true;
    }
    if (d.type === 'milestone.reached') {
      const { milestones } = await loadCooperation(db, d.subscriber, d.subjectId);
      const { data } = JSON.parse(d.payload) as { data: { milestone_id?: string } };
      // Still reached: a milestone set back from done since the event is not announced as reached.
      return milestones.some((m) => m.id === data.milestone_id && m.status === 'done');
    }
    const challenge = await loadChallenge(db, d.subscriber, d.subjectId);
    return d.type !== 'solution.submitted' || challenge.row.owner_id === d.subscriber.id;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'not_found') return false;
    throw err;
  }
}

/**
 * One attempt at a webhook delivery (`attempt`: the queue's count for this message). A failure with
 * tries left raises RetryLater with the schedule's wait, so the queue's own retry carries it.
 */
export async function deliverWebhook(env: Bindings, db: Database, id: string, attempt: number): Promise<void> {
  const delivery = await leaseDelivery(db, id);
  if (!delivery) return;
  if (!(await mayReceive(db, delivery))) {
    await dropDelivery(db, id);
    return;
  }
  if (delivery.disabled) {
    const off = { ok: false, statusCode: null, durationMs: 0, error: 'Not sent: the webhook is switched off.' };
    await recordAttempt(db, delivery, off, 'off');
    return;
  }
  const result = await sendDelivery(delivery, targetCheckOf(env));
  const schedule = retrySchedule(env);
  const outcome = result.ok ? 'delivered' : attempt <= schedule.length ? 'retry' : 'failed';
  const wait = schedule[attempt - 1];
  await recordAttempt(db, delivery, result, outcome, wait);
  if (outcome === 'retry') throw new RetryLater('A webhook delivery failed and will be tried again.', wait);
}
