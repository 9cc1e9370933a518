import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';

// Figures a cluster has reported to its funder must not change when people leave (issue 15).
// Account deletion is the only way anything is deleted: it takes a person's undecided challenges
// and their draft and withdrawn solutions, never a decided challenge or a winning solution, so a
// cooperation (opened from a winner) and its milestones stay, and so do the figures counted from
// them — kept tallies, the public recount, pilots running, and one call's figures alike.

let f: ImpactFixture;
const RANGE = 'from=2024-01-01&to=2024-06-30';
const at = (date: string) => `${date}T12:00:00.000Z`;

beforeAll(async () => {
  f = await impactFixture();
});

/** Signs in as a fixture account (registered with the helpers' password) and deletes it over the API. */
async function deleteAccountOf(userId: string) {
  const user = await env.DB.prepare('SELECT email FROM users WHERE id = ?').bind(userId).first<{ email: string }>();
  const login = await must(api('/api/v1/auth/login', { body: { email: user?.email, password: PASSWORD } }));
  await must(api('/api/v1/me/deletion', { token: login.body.token, body: { password: PASSWORD } }), 204);
}

describe('cooperation figures when the people behind them delete their accounts', () => {
  it('stay as reported: the clinic owner and the winning solver of both cooperations leave, the figures do not move', async () => {
    const a5 = await env.DB.prepare('SELECT id, owner_id FROM challenges WHERE cluster_id = ? AND decided_at = ?')
      .bind(f.a.id, at('2024-04-01'))
      .first<{ id: string; owner_id: string }>();
    const winner = await env.DB.prepare(
      'SELECT s.submitter_id FROM cooperations co JOIN solutions s ON s.id = co.solution_id WHERE co.challenge_id = ?',
    )
      .bind(a5?.id)
      .first<{ submitter_id: string }>();
    const callId = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO calls (id, status, title, description, opens_at, closes_at, published_at)
         VALUES (?, 'published', 'Call of A5', 'A call.', ?, ?, ?)`,
      ).bind(callId, at('2023-12-01'), at('2024-03-31'), at('2023-12-01')),
      env.DB.prepare('INSERT INTO call_clusters (call_id, cluster_id, lead) VALUES (?, ?, 1)').bind(callId, f.a.id),
      env.DB.prepare('UPDATE challenges SET call_id = ? WHERE id = ?').bind(callId, a5?.id),
    ]);
    const read = async () => ({
      full: (await must(api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`, { token: f.moderator.token }))).body,
      public: (await must(api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}`))).body,
      call: (
        await must(api(`/api/v1/clusters/${f.a.slug}/impact?${RANGE}&call=${callId}`, { token: f.moderator.token }))
      ).body,
      network: (await must(api(`/api/v1/impact?${RANGE}`, { token: f.admin.token }))).body,
    });
    const before = await read();
    // The hand-worked figures (tests/api/impact/figures.test.ts) before anyone leaves.
    expect(before.full.cooperations.started).toEqual([
      { quarter: '2024-Q1', value: 0 },
      { quarter: '2024-Q2', value: 2 },
    ]);
    expect(before.full.cooperations.pilots_running).toBe(1);
    expect(before.call.cooperations.funding).toEqual([{ currency: 'EUR', amount_minor: 25_000_000 }]);

    // The owner of every challenge of the fixture, and the submitter of every solution (K1's and K2's winners).
    await deleteAccountOf(a5?.owner_id ?? '');
    await deleteAccountOf(winner?.submitter_id ?? '');
    expect(
      await count(
        'SELECT count(*) AS n FROM users WHERE id IN (?, ?) AND deleted_at IS NOT NULL',
        a5?.owner_id,
        winner?.submitter_id,
      ),
    ).toBe(2);

    const after = await read();
    for (const view of ['full', 'public', 'call', 'network'] as const) {
      expect(after[view].cooperations, view).toEqual(before[view].cooperations);
      expect(after[view].decisions, view).toEqual(before[view].decisions);
      expect(after[view].solutions, view).toEqual(before[view].solutions);
      expect(after[view].time_to_decision, view).toEqual(before[view].time_to_decision);
      expect(after[view].smes, view).toEqual(before[view].smes);
    }
    expect(after.call).toEqual(before.call);
    // What does move (account deletion's own rule, unchanged here): A6, a need still in review and
    // never published, goes with its author's account and leaves the count of needs posted.
    expect(before.full.needs.posted[0]).toEqual({ quarter: '2024-Q1', value: 6 });
    expect(after.full.needs.posted[0]).toEqual({ quarter: '2024-Q1', value: 5 });
    expect(after.full.needs.published).toEqual(before.full.needs.published);
    // The cooperations and their milestones are all still there.
    expect(await count('SELECT count(*) AS n FROM cooperations WHERE cluster_id = ?', f.a.id)).toBe(2);
  });
});
