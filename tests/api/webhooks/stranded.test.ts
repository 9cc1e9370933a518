import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { strandedDeliveries } from '../../../worker/domain/webhooks/deliver';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { runCron } from '../../helpers/cron';
import { eventually } from '../../helpers/wait';
import { type Hook, received, settled, subscribe } from '../../helpers/webhooks';

/**
 * Issue 18, webhooks: a pending delivery whose queue message was lost (the send after the batch
 * failed, a consumer died) does not wait forever: the cron hands it to the queue again once it is
 * overdue, a bounded number per run.
 */

let clinician: TestUser;
let moderator: TestUser;
let cluster: { id: string; slug: string };

beforeAll(async () => {
  const admin = await createAdmin();
  cluster = await createCluster(admin);
  moderator = await createModerator(admin, cluster.slug);
  clinician = await registerUser('clinician');
});

const row = (id: string) =>
  env.DB.prepare('SELECT status, attempts, next_attempt_at FROM webhook_deliveries WHERE id = ?')
    .bind(id)
    .first<{ status: string; attempts: number; next_attempt_at: string | null }>();

/** A delivered event put back as its message was lost: pending, due `minutesAgo` minutes ago. */
async function strand(owner: TestUser, hook: Hook, minutesAgo: number) {
  const [delivered] = await settled(owner, hook);
  const id = delivered?.id ?? '';
  await env.DB.prepare(
    "UPDATE webhook_deliveries SET status = 'pending', delivered_at = NULL, next_attempt_at = ? WHERE id = ?",
  )
    .bind(new Date(Date.now() - minutesAgo * 60_000).toISOString(), id)
    .run();
  return id;
}

describe('stranded webhook deliveries', () => {
  it('are due again when a failed attempt asks the queue to wait, and not due once done', async () => {
    const owner = await registerUser('solver');
    const hook = await subscribe(owner, ['challenge.published'], { fail: 1_000 });
    await openChallenge(clinician, moderator, cluster.slug);
    // Between attempts: pending, not held by a consumer, due one step of the schedule after the
    // attempt (WEBHOOK_RETRY_SECONDS in the tests starts at 1 s).
    const waiting = await eventually(
      'a delivery waiting for its retry',
      () =>
        env.DB.prepare(
          `SELECT d.id, d.next_attempt_at, d.created_at, (SELECT max(a.at) FROM webhook_attempts a WHERE a.delivery_id = d.id) AS tried
           FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
           WHERE w.id = ? AND d.status = 'pending' AND d.attempts >= 1 AND d.leased_until IS NULL`,
        )
          .bind(hook.id)
          .first<{ id: string; next_attempt_at: string; created_at: string; tried: string | null }>(),
      (r) => r !== null && r.tried !== null,
    );
    expect(Date.parse(waiting?.next_attempt_at ?? '')).toBeGreaterThanOrEqual(Date.parse(waiting?.tried ?? '') + 900);
    const [failed] = await settled(owner, hook);
    expect(failed?.status).toBe('failed');
    expect(await row(failed?.id ?? '')).toMatchObject({ status: 'failed', next_attempt_at: null });
  });

  it('go to the queue again from the cron once overdue, and reach the receiver with the same webhook-id', async () => {
    const owner = await registerUser('solver');
    const hook = await subscribe(owner, ['challenge.published']);
    await openChallenge(clinician, moderator, cluster.slug);
    const [first] = await received(hook);
    const lost = await strand(owner, hook, 60);

    await runCron();
    const got = await received(hook, 2);
    expect(got[1]).toMatchObject({ id: first?.id, verified: true, answered: 204 });
    expect(got[1]?.id).toBe(lost);
    const after = await eventually(
      'the swept delivery delivered',
      () => row(lost),
      (r) => r?.status === 'delivered',
    );
    expect(after).toMatchObject({ attempts: 2, next_attempt_at: null });
  });

  it('leave a delivery alone that is not overdue yet', async () => {
    const owner = await registerUser('solver');
    const hook = await subscribe(owner, ['challenge.published']);
    await openChallenge(clinician, moderator, cluster.slug);
    await received(hook);
    const waiting = await strand(owner, hook, 1);
    await runCron();
    expect(await row(waiting)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('are handed over at most `limit` per run, oldest first, and not again the next run', async () => {
    const owner = await registerUser('solver');
    const hook = await subscribe(owner, ['challenge.published']);
    await openChallenge(clinician, moderator, cluster.slug);
    await openChallenge(clinician, moderator, cluster.slug);
    const both = await settled(owner, hook, 2);
    const [newer, older] = both.map((d) => d.id);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    await env.DB.batch(
      [
        [older, at(90)],
        [newer, at(30)],
      ].map(([id, due]) =>
        env.DB.prepare(
          "UPDATE webhook_deliveries SET status = 'pending', delivered_at = NULL, next_attempt_at = ? WHERE id = ?",
        ).bind(due, id),
      ),
    );
    const db = createDb(env.DB);
    const now = new Date();
    const ours = (ids: string[]) => ids.filter((id) => id === older || id === newer);
    expect(ours(await strandedDeliveries(db, now, 15, 1))).toEqual([older]);
    expect(ours(await strandedDeliveries(db, now, 15, 10))).toEqual([newer]);
    expect(ours(await strandedDeliveries(db, now, 15, 10))).toEqual([]);
    expect(await row(older ?? '')).toMatchObject({ status: 'pending', next_attempt_at: now.toISOString() });
  });
});
