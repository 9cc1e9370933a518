import { createDb } from '../db/client';
import { sendPasswordReset } from '../domain/accounts/password-reset';
import { composeDigests } from '../domain/notifications/digests';
import type { Bindings } from '../env';
import { deliver, RetryLater } from './deliver';
import type { Job } from './jobs';
import { deliverWritten } from './producer';
import { deliverWebhook } from './webhooks';

/** Seconds before the queue tries a job again: 30 s, 1, 2, 4 … minutes, at most an hour. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

async function run(env: Bindings, job: Job, attempt: number): Promise<void> {
  const db = createDb(env.DB);
  switch (job.type) {
    case 'deliver':
      await deliver(env, db, job.events);
      break;
    case 'digest':
      await composeDigests(db, job.users, new Date(job.due));
      break;
    case 'password_reset':
      await sendPasswordReset(db, job.email);
      break;
    case 'webhook':
      await deliverWebhook(env, db, job.delivery, attempt);
      break;
  }
  // Digests, reset links and switched-off webhooks wrote emails: they go out through the same queue.
  await deliverWritten(env, db);
}

/** The queue consumer (wrangler.toml `[[queues.consumers]]`): each job on its own, retried with backoff. */
export async function consume(batch: MessageBatch<Job>, env: Bindings): Promise<void> {
  for (const message of batch.messages) {
    try {
      await run(env, message.body, message.attempts);
      message.ack();
    } catch (err) {
      if (!(err instanceof RetryLater)) {
        console.error(
          JSON.stringify({ level: 'error', job: message.body.type, attempts: message.attempts, error: String(err) }),
        );
      }
      const delaySeconds =
        err instanceof RetryLater && err.delaySeconds !== undefined
          ? err.delaySeconds
          : backoffSeconds(message.attempts);
      message.retry({ delaySeconds });
    }
  }
}
