import { env } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { page } from '../../helpers/pages';
import { unique } from '../../helpers/unique';
import { textOf } from './needs';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** An outbox row in a given state, written straight into the database as the consumer would leave it. */
async function outboxRow(status: string, to: string, lastError: string | null, attempts = 5) {
  const id = uuidv7();
  await env.DB.prepare(
    `INSERT INTO email_outbox (id, event_id, idempotency_key, to_email, kind, params, status, attempts, last_error)
     VALUES (?, ?, ?, ?, 'confirm_email', '{}', ?, ?, ?)`,
  )
    .bind(id, uuidv7(), `test:${id}`, to, status, attempts, lastError)
    .run();
  return id;
}

describe('/admin/emails', () => {
  it('shows an admin the failed messages by default, newest first, with recipient, kind, tries and error', async () => {
    const older = `older-${unique()}@test.example`;
    const newer = `newer-${unique()}@test.example`;
    await outboxRow('failed', older, 'Mailbox unavailable: 550 5.1.1 user unknown');
    await outboxRow('failed', newer, 'Sending service timed out');
    const res = await page('/admin/emails', world.users.admin.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain('Failed after every retry: newest first');
    expect(text).toContain(`${newer} Address confirmation 5 Sending service timed out`);
    expect(text).toContain(`${older} Address confirmation 5 Mailbox unavailable: 550 5.1.1 user unknown`);
    expect(html.indexOf(newer)).toBeLessThan(html.indexOf(older));
    // The filter is a GET form with the current state chosen.
    expect(html).toMatch(/<form method="get" action="\/admin\/emails"/);
    expect(html).toMatch(/<option value="failed" selected="">/);
  });

  it('filters by state, and a pending message is not among the failed ones', async () => {
    const waiting = `waiting-${unique()}@test.example`;
    await outboxRow('pending', waiting, null, 0);
    expect(await (await page('/admin/emails', world.users.admin.cookie)).text()).not.toContain(waiting);
    const res = await page('/admin/emails?status=pending', world.users.admin.cookie);
    const html = await res.text();
    expect(textOf(html)).toContain(`${waiting} Address confirmation 0 None`);
    expect(html).toMatch(/<option value="pending" selected="">/);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 51; i++) await outboxRow('sending', `paged-${i}-${unique()}@test.example`, null, 1);
    const first = await (await page('/admin/emails?status=sending', world.users.admin.cookie)).text();
    const next = /href="(\/admin\/emails\?status=sending&amp;cursor=[^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    const second = await page(next ?? '', world.users.admin.cookie);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('paged-0-');
  });

  it('refuses an unknown state or a damaged cursor with 400', async () => {
    expect((await page('/admin/emails?status=lost', world.users.admin.cookie)).status).toBe(400);
    expect((await page('/admin/emails?cursor=nonsense', world.users.admin.cookie)).status).toBe(400);
  });

  it('is 403 for everyone else signed in, and sends anonymous visitors to sign in', async () => {
    for (const role of ['clinician', 'solver', 'evaluator', 'moderator', 'other_moderator'] as const) {
      const res = await page('/admin/emails', world.users[role].cookie);
      expect(res.status, role).toBe(403);
      expect(await res.text()).not.toContain('@test.example</td>');
    }
    const anonymous = await page('/admin/emails', undefined, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/admin/emails')}`);
  });
});
