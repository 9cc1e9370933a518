import { lt } from 'drizzle-orm';
import { createDb } from './db/client';
import { sessions } from './db/schema';
import { sweepAttachments } from './domain/attachments/sweep';
import { closeDueCalls } from './domain/calls/write';
import { startDueEvaluations } from './domain/challenges/transition';
import { releaseStuck, strandedEvents } from './domain/email/outbox';
import { remindMeetings } from './domain/events/news';
import { DIGESTS_PER_JOB, dueForDigest } from './domain/notifications/digests';
import { remindScorers } from './domain/notifications/reminders';
import { deleteExpiredGuards, deleteExpiredWindows } from './domain/rate-limit';
import { strandedDeliveries } from './domain/webhooks/deliver';
import type { Bindings } from './env';
import { purgePublic } from './middleware/public-cache';
import type { Job } from './queue/jobs';
import { deliverWritten, deliveryJobs, enqueue } from './queue/producer';

/** Emails pending this long without reaching the queue (or taken and never finished) are handed over again. */
const STRANDED_MINUTES = 15;
/** Overdue webhook deliveries one cron run hands to the queue again at most (the rest 10 minutes later). */
const STRANDED_WEBHOOKS_PER_RUN = 500;
/** People whose digest one cron run hands to the queue at most (10 minutes later the rest follow). */
const DIGESTS_PER_RUN = 20_000;

export interface ScheduledResult {
  evaluations_started: number;
  reminded_challenges: number;
  digest_jobs: number;
  restarted_events: number;
  /** Webhook deliveries overdue by STRANDED_MINUTES, handed to the queue again. */
  restarted_webhooks: number;
  deleted_attachments: number;
  orphans_removed: number;
  calls_closed: number;
  /** Events whose participants were reminded of tomorrow's meetings. */
  meeting_reminders: number;
}

/**
 * The Cron Trigger (wrangler.toml), every 10 minutes: open challenges past their deadline move to
 * evaluation; published calls past their closing date close; jury members are reminded before scoring closes; the digests that are due go to the
 * queue (composed there, a few dozen people per job); emails the queue never got are handed over
 * again, and so are webhook deliveries long overdue; expired sessions and rate-limit windows are deleted; deleted attachments' bytes and orphaned
 * R2 objects are removed.
 */
export async function runScheduled(env: Bindings, now: Date): Promise<ScheduledResult> {
  const db = createDb(env.DB);
  const started = await startDueEvaluations(db, now);
  // Calls for challenges close at their closing date (issue 15).
  const callsClosed = await closeDueCalls(db, now);
  const reminded = await remindScorers(db, now);
  // One-to-one meetings at matchmaking events (issue 16), the day before.
  const meetingReminders = await remindMeetings(db, now);

  const due = await dueForDigest(db, now, DIGESTS_PER_RUN);
  const jobs: Job[] = [];
  for (let i = 0; i < due.length; i += DIGESTS_PER_JOB) {
    jobs.push({ type: 'digest', users: due.slice(i, i + DIGESTS_PER_JOB).map((u) => u.id), due: now.toISOString() });
  }
  await enqueue(env, jobs);

  await db.batch([
    releaseStuck(db, STRANDED_MINUTES),
    deleteExpiredWindows(db),
    deleteExpiredGuards(db),
    db.delete(sessions).where(lt(sessions.expires_at, now.toISOString())),
  ]);
  const stranded = await strandedEvents(db, STRANDED_MINUTES);
  await enqueue(env, deliveryJobs(stranded));
  const strandedHooks = await strandedDeliveries(db, now, STRANDED_MINUTES, STRANDED_WEBHOOKS_PER_RUN);
  await enqueue(
    env,
    strandedHooks.map((id) => ({ type: 'webhook', delivery: id })),
  );
  // The reminders wrote emails.
  await deliverWritten(env, db);
  // Attachments deleted by people, and R2 objects no row points to.
  const swept = await sweepAttachments(db, env.FILES, now);

  // Challenges and calls whose dates passed changed state: cached public answers here go.
  if (started > 0 || callsClosed > 0) await purgePublic(env);

  const result = {
    ...swept,
    evaluations_started: started,
    reminded_challenges: reminded,
    digest_jobs: jobs.length,
    restarted_events: stranded.length,
    restarted_webhooks: strandedHooks.length,
    calls_closed: callsClosed,
    meeting_reminders: meetingReminders,
  };
  console.info(JSON.stringify({ level: 'info', job: 'scheduled', at: now.toISOString(), ...result }));
  return result;
}

export const scheduled: ExportedHandlerScheduledHandler<Bindings> = (controller, env, ctx) => {
  ctx.waitUntil(runScheduled(env, new Date(controller.scheduledTime)));
};
