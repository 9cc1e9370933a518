import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type Role, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, isProblem } from '../../helpers/http';
import { INSIDERS, idsOf, list, listIds, step } from './fixtures';

// Visibility: every state × every role, detail and list agree.

const CASES = [
  'draft',
  'in_review',
  'changes_requested',
  'open',
  'evaluation',
  'decided',
  'rejected',
  'withdrawn',
  'archived',
  'network',
  'hidden',
] as const;
type Case = (typeof CASES)[number];

const PUBLISHED_CASES: Case[] = ['open', 'evaluation', 'decided', 'archived'];

/** Owner, the cluster's moderators and admins see everything; others only published, unhidden ones. */
function expectedStatus(role: Role, kase: Case): 200 | 404 {
  if (INSIDERS.includes(role)) return 200;
  if (PUBLISHED_CASES.includes(kase)) return 200;
  if (kase === 'network') return role === 'anonymous' ? 404 : 200;
  return 404;
}

describe('who sees which challenge (detail and list agree)', () => {
  let world: World;
  const idOf = {} as Record<Case, string>;
  const listed = new Map<string, Promise<string[]>>();

  beforeAll(async () => {
    world = await createWorld();
    const { clinician: owner, moderator } = world.users;
    const slug = world.cluster.slug;
    const draft = async (kase: Case, overrides: Record<string, unknown> = {}) =>
      (await createDraft(owner, slug, { title: `Visibility case ${kase} challenge`, ...overrides })).id;
    const open = (kase: Case, overrides: Record<string, unknown> = {}) =>
      openChallenge(owner, moderator, slug, { title: `Visibility case ${kase} challenge`, ...overrides });

    const build: Record<Case, () => Promise<string>> = {
      draft: () => draft('draft'),
      in_review: async () => {
        const id = await draft('in_review');
        await step(owner, id, 'submit');
        return id;
      },
      changes_requested: async () => {
        const id = await draft('changes_requested');
        await step(owner, id, 'submit');
        await step(moderator, id, 'request_changes', 'Please quantify the patient population.');
        return id;
      },
      rejected: async () => {
        const id = await draft('rejected');
        await step(owner, id, 'submit');
        await step(moderator, id, 'reject', 'Out of scope for this cluster.');
        return id;
      },
      withdrawn: async () => {
        const id = await draft('withdrawn');
        await step(owner, id, 'withdraw');
        return id;
      },
      open: () => open('open'),
      evaluation: async () => {
        const id = await open('evaluation');
        await step(owner, id, 'start_evaluation');
        return id;
      },
      decided: async () => {
        const id = await open('decided');
        await step(owner, id, 'start_evaluation');
        // POST /challenges/{id}/decision does not exist yet, so a decided challenge is made by
        // moving an `evaluation` one to `decided` directly in the database.
        await env.DB.prepare(
          "UPDATE challenges SET status = 'decided', decided_at = ?, version = version + 1 WHERE id = ?",
        )
          .bind(new Date().toISOString(), id)
          .run();
        return id;
      },
      archived: async () => {
        const id = await open('archived');
        await step(moderator, id, 'archive');
        return id;
      },
      network: () => open('network', { visibility: 'network' }),
      hidden: async () => {
        const id = await open('hidden');
        // Moderators hide content through reports; here the flag is set directly.
        await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
          .bind(new Date().toISOString(), id)
          .run();
        return id;
      },
    };
    await Promise.all(
      CASES.map(async (kase) => {
        idOf[kase] = await build[kase]();
      }),
    );
    const { results } = await env.DB.prepare(
      `SELECT id, status, visibility, hidden_at FROM challenges WHERE id IN (${CASES.map(() => '?').join(',')})`,
    )
      .bind(...CASES.map((k) => idOf[k]))
      .all<{ id: string; status: string; visibility: string; hidden_at: string | null }>();
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const kase of CASES) {
      const row = byId.get(idOf[kase])!;
      const status = kase === 'network' || kase === 'hidden' ? 'open' : kase;
      if (row.status !== status) throw new Error(`${kase} fixture is ${row.status}`);
    }
  });

  /** The real status of a case (the network and hidden ones are open). */
  const statusOf = (kase: Case) => (kase === 'network' || kase === 'hidden' ? 'open' : kase);

  /** The ids one role sees in the cluster's list, optionally of one status (one page of 100 covers it all). */
  const listedFor = (role: Role, status?: string) => {
    const key = `${role}:${status ?? ''}`;
    let ids = listed.get(key);
    if (!ids) {
      ids = list({ cluster: world.cluster.slug, status, limit: 100 }, world.token(role)).then((res) => {
        expect(res.body.next_cursor).toBeNull();
        return idsOf(res);
      });
      listed.set(key, ids);
    }
    return ids;
  };

  for (const role of ROLES) {
    for (const kase of CASES) {
      const status = expectedStatus(role, kase);
      it(`${kase} challenge as ${role} → ${status}, ${status === 200 ? 'listed' : 'not listed'}`, async () => {
        const res = await api(`/api/v1/challenges/${idOf[kase]}`, { token: world.token(role) });
        if (status === 200) {
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body.id).toBe(idOf[kase]);
        } else {
          expect(isProblem(res, 404, 'not_found')).toBe(true);
        }
        // the list filtered by the challenge's own status agrees with the detail
        expect((await listedFor(role, statusOf(kase))).includes(idOf[kase]), `status=${statusOf(kase)}`).toBe(
          status === 200,
        );
        // so does the unfiltered list (the catalogue), except for insiders on unlisted ones (see below)
        if (!INSIDERS.includes(role) || expectedStatus('solver', kase) === 200) {
          expect((await listedFor(role)).includes(idOf[kase]), 'unfiltered').toBe(status === 200);
        }
      });
    }
  }

  // Since 2bc866d the unfiltered list is the catalogue for everyone (approved, unhidden challenges);
  // owners and moderators find unpublished ones by asking for their status (checked per case above).
  for (const role of INSIDERS) {
    it(`the unfiltered cluster list is the catalogue for ${role} too: published, unhidden challenges only`, async () => {
      const ids = await listedFor(role);
      expect(CASES.filter((kase) => ids.includes(idOf[kase])).sort()).toEqual([...PUBLISHED_CASES, 'network'].sort());
    });
  }

  it('answers a challenge you may not see exactly like one that does not exist (same 404 document)', async () => {
    for (const role of ['anonymous', 'solver', 'other_moderator'] as Role[]) {
      const missing = await api('/api/v1/challenges/0190c0de-0000-7000-8000-000000000000', {
        token: world.token(role),
      });
      expect(missing.status).toBe(404);
      const { type, title, status, detail } = missing.body;
      for (const kase of CASES.filter((k) => expectedStatus(role, k) === 404)) {
        const unseen = await api(`/api/v1/challenges/${idOf[kase]}`, { token: world.token(role) });
        expect(unseen.body, `${kase} as ${role}`).toMatchObject({ type, title, status, detail });
      }
    }
  });

  it('filters by status without revealing what the role cannot see', async () => {
    const slug = world.cluster.slug;
    expect(await listIds({ cluster: slug, status: 'draft' })).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'draft' }, world.token('solver'))).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'draft' }, world.token('clinician'))).toEqual([idOf.draft]);
    expect(await listIds({ cluster: slug, status: 'in_review' }, world.token('moderator'))).toEqual([idOf.in_review]);
    expect(await listIds({ cluster: slug, status: 'in_review' }, world.token('other_moderator'))).toEqual([]);
    expect(await listIds({ cluster: slug, status: 'decided' })).toEqual([idOf.decided]);
    // the open ones: open, and network ones for signed-in users (the hidden one: see the cases above)
    expect((await listIds({ cluster: slug, status: 'open' })).sort()).toEqual([idOf.open].sort());
    expect((await listIds({ cluster: slug, status: 'open' }, world.token('solver'))).sort()).toEqual(
      [idOf.open, idOf.network].sort(),
    );
  });
});
