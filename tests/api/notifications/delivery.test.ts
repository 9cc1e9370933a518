import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../worker/db/batch';
import { createDb } from '../../../worker/db/client';
import { registerAccount } from '../../../worker/domain/accounts/register';
import { MAX_ATTEMPTS, outboxInsert, takeEvents } from '../../../worker/domain/email/outbox';
import type { Bindings } from '../../../worker/env';
import { backoffSeconds, consume } from '../../../worker/queue/consumer';
import type { Job } from '../../../worker/queue/jobs';
import { createAdmin, type TestUser } from '../../helpers/actors';
import { runCron } from '../../helpers/cron';
import { api } from '../../helpers/http';
import { delivered, type OutboxMessage } from '../../helpers/mail';
import { unique } from '../../helpers/unique';

let admin: TestUser;
beforeAll(async () => {
  admin = await createAdmin();
});

/**
 * The real `send_email` binding, except that sending to `broken` fails the way a refused
 * address does. Counts what reached the binding, so "sent once" is measured, not assumed.
 */
function flakyMail(broken: string) {
  const sent: string[] = [];
  const EMAIL = {
    async send(message: { to: string }) {
      if (message.to === broken) throw new Error(`550 mailbox unavailable: ${broken}`);
      sent.push(message.to);
      return env.EMAIL?.send(message as never);
    },
  };
  return { env: { ...env, EMAIL } as unknown as Bindings, sent };
}

/**
 * Writes one event's emails to two people as a change would (in its batch), without handing them
 * to the queue: the test is the queue here, so the worker's own consumer never sees them.
 */
async function writeEvent(to: string[]) {
  const db = createDb(env.DB);
  const eventId = uuidv7();
  await runBatch(
    db,
    to.map((address) =>
      outboxInsert(db, {
        eventId,
        idempotencyKey: `test:${eventId}:${address}`,
        userId: null,
        to: address,
        language: 'en',
        kind: 'reset_password',
        params: { name: 'Test', token_id: uuidv7() },
      }),
    ),
  );
  return eventId;
}

const row = (to: string) =>
  env.DB.prepare('SELECT * FROM email_outbox WHERE to_email = ?').bind(to).first<OutboxMessage>();

/** Runs the worker's queue handler on one delivery job, as the queue's `attempts`-th try. */
async function consumeOnce(bindings: Bindings, eventId: string, attempts: number) {
  const batch = createMessageBatch<Job>('bedside-jobs', [
    { id: `msg-${attempts}`, timestamp: new Date(), attempts, body: { type: 'deliver', events: [eventId] } },
  ]);
  const ctx = createExecutionContext();
  await consume(batch, bindings);
  return getQueueResult(batch, ctx);
}

describe('delivery', () => {
  it('a refused address is retried with backoff and marked failed after the last try; the other is sent once', async () => {
    const good = `good-${unique()}@test.example`;
    const broken = `broken-${unique()}@test.example`;
    const eventId = await writeEvent([good, broken]);
    const mail = flakyMail(broken);

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await consumeOnce(mail.env, eventId, attempt);
      const failing = await row(broken);
      expect(failing?.attempts).toBe(attempt);
      expect(failing?.last_error).toContain('550 mailbox unavailable');
      if (attempt < MAX_ATTEMPTS) {
        expect(failing?.status).toBe('pending');
        // (The test harness records which message was retried, not its delay: backoffSeconds is checked below.)
        expect(result.retryMessages).toEqual([{ msgId: `msg-${attempt}` }]);
      } else {
        // Out of tries: the job is done (acknowledged), the message waits for an admin.
        expect(failing?.status).toBe('failed');
        expect(result.retryMessages).toEqual([]);
        expect(result.explicitAcks).toEqual([`msg-${attempt}`]);
      }
    }
    expect(mail.sent).toEqual([good]);
    expect(await row(good)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect([1, 2, 3, 4, 12].map(backoffSeconds)).toEqual([30, 60, 120, 240, 3600]);

    // Admins see it, with why; nobody else may look.
    const failed = await api('/api/v1/admin/emails?status=failed&limit=100', { token: admin.token });
    expect(failed.status).toBe(200);
    expect(failed.body.data).toContainEqual(
      expect.objectContaining({ to_email: broken, status: 'failed', attempts: MAX_ATTEMPTS }),
    );
    expect(failed.body.data.map((m: { to_email: string }) => m.to_email)).not.toContain(good);
  });

  it('the change that wrote the email stays committed when sending fails for good', async () => {
    // A registration as the API makes it (account, session, confirmation email in one batch),
    // on a handle whose events the test hands to its own failing binding, not to the queue.
    const db = createDb(env.DB);
    const email = `never-reached-${unique()}@test.example`;
    await registerAccount(
      db,
      { email, password: 'correct horse battery', name: 'Never Reached', kind: 'solver' },
      'test',
    );
    const [eventId] = takeEvents(db);
    const mail = flakyMail(email);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) await consumeOnce(mail.env, eventId ?? '', attempt);
    expect(await row(email)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, kind: 'confirm_email' });
    // The account is there and signs in; it can ask for the link again once the address works.
    const signIn = await api('/api/v1/auth/login', { body: { email, password: 'correct horse battery' } });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.email_confirmed).toBe(false);
  });

  it('a job the queue delivers twice sends nothing twice', async () => {
    const to = `twice-${unique()}@test.example`;
    const eventId = await writeEvent([to]);
    const mail = flakyMail('nobody@test.example');
    await Promise.all([consumeOnce(mail.env, eventId, 1), consumeOnce(mail.env, eventId, 1)]);
    await consumeOnce(mail.env, eventId, 2);
    expect(mail.sent).toEqual([to]);
    expect(await row(to)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('the cron hands emails the queue never got back to it, and frees those a consumer took and never finished', async () => {
    const lost = `lost-${unique()}@test.example`;
    const stuck = `stuck-${unique()}@test.example`;
    await writeEvent([lost]);
    await writeEvent([stuck]);
    const longAgo = new Date(Date.now() - 60 * 60_000).toISOString();
    await env.DB.batch([
      env.DB.prepare('UPDATE email_outbox SET created_at = ? WHERE to_email = ?').bind(longAgo, lost),
      env.DB.prepare(
        "UPDATE email_outbox SET created_at = ?, status = 'sending', attempts = 1, claimed_at = ? WHERE to_email = ?",
      ).bind(longAgo, longAgo, stuck),
    ]);
    await runCron();
    // The worker's own consumer now sends both.
    expect((await delivered(lost))[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await delivered(stuck))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
