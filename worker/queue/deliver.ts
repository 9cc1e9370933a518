import { renderEmail } from '../../web/email/render';
import type { Database } from '../db/client';
import { claim, MAX_ATTEMPTS, markFailedAttempt, markSent, type OutboxRow, pendingOf } from '../domain/email/outbox';
import { untriedDeliveries } from '../domain/webhooks/deliver';
import type { Bindings } from '../env';
import { linkSecret } from '../http/link-secret';
import { enqueue } from './producer';

/** Raised when a message failed but has tries left: the queue retries the job later (after `delaySeconds` if given). */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly delaySeconds?: number,
  ) {
    super(message);
  }
}

/** Sends one claimed message through the `send_email` binding. */
async function send(env: Bindings, row: OutboxRow): Promise<void> {
  if (!env.EMAIL) throw new Error('No EMAIL binding: wrangler.toml needs [[send_email]] name = "EMAIL".');
  const email = await renderEmail(
    { kind: row.kind, params: row.params, language: row.language, to: row.to_email, user_id: row.user_id },
    { origin: env.PUBLIC_ORIGIN, secret: linkSecret(env) },
  );
  await env.EMAIL.send({
    from: { email: env.EMAIL_FROM, name: 'Bedside' },
    to: row.to_email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
  });
}

/**
 * Sends the pending emails of these events. Each is claimed first (only one consumer can), so a
 * job the queue delivers twice sends nothing twice. A failure is recorded on its row; with tries
 * left the whole job is retried later (the rows already sent are not pending any more), after
 * MAX_ATTEMPTS the row is marked failed for an admin to see.
 */
export async function deliver(env: Bindings, db: Database, events: string[]): Promise<void> {
  // The webhooks these events fired, each its own job with its own retries (first: a failing email
  // retries this job, and those already handed over are not untried any more).
  const hooks = await untriedDeliveries(db, events);
  await enqueue(
    env,
    hooks.map((h) => ({ type: 'webhook', delivery: h.id })),
  );
  const rows = await pendingOf(db, events);
  let retry = false;
  for (const pending of rows) {
    const row = await claim(db, pending.id);
    if (!row) continue;
    try {
      await send(env, row);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await markFailedAttempt(db, row, message);
      console.error(
        JSON.stringify({
          level: 'error',
          job: 'deliver',
          outbox_id: row.id,
          kind: row.kind,
          attempt: row.attempts,
          error: message,
        }),
      );
      if (row.attempts < MAX_ATTEMPTS) retry = true;
      continue;
    }
    // Sent: if recording that fails (D1 away), the job fails and is retried, but the row stays
    // claimed, so the retry does not send it again (only the cron's sweep of stuck rows would).
    await markSent(db, row.id);
  }
  if (retry) throw new RetryLater('Some emails failed and will be tried again.');
}
