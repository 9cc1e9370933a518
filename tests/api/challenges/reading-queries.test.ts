import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { inDays, openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { d1Calls, endorse, list, type Query, queryString } from './fixtures';

// Query budget.

describe('D1 query budget of read paths', () => {
  let world: World;
  let detailId: string;
  let slug: string;
  let cursor: string;

  beforeAll(async () => {
    world = await createWorld();
    slug = world.cluster.slug;
    const { clinician, moderator, solver } = world.users;
    // enough open challenges that limit=50 fills a page, each with tags and criteria
    await Promise.all(
      Array.from({ length: 55 }, (_, i) =>
        openChallenge(clinician, moderator, slug, {
          title: `Budget challenge number ${i} on biomarker triage`,
          tags: ['biomarkers', `budget-${i}`, 'digital-medicine'],
          deadline: inDays(10 + i),
        }),
      ),
    );
    detailId = await openChallenge(clinician, moderator, slug, { title: 'Budget detail with questions' });
    for (let i = 0; i < 4; i++) {
      const q = await must(
        api(`/api/v1/challenges/${detailId}/questions`, {
          token: solver.token,
          body: { body: `Budget question number ${i}, asked for counting?` },
        }),
        201,
      );
      await must(
        api(`/api/v1/challenges/${detailId}/questions/${q.body.id}/answer`, {
          token: clinician.token,
          body: { answer: `Answer ${i}.` },
        }),
      );
    }
    await endorse(world.users.evaluator, detailId);
    cursor = (await must(list({ cluster: slug, limit: 5 }))).body.next_cursor;
  });

  interface Read {
    what: string;
    path: (limit: number) => string;
    /** The page is full at limit=1 and limit=50, so the page size really varies. */
    fills?: boolean;
  }
  const listPath = (query: Query) => `/api/v1/challenges${queryString(query)}`;
  const READS: Read[] = [
    { what: 'list', path: (limit) => listPath({ limit }), fills: true },
    { what: 'list of a cluster', path: (limit) => listPath({ cluster: slug, limit }), fills: true },
    {
      what: 'list with every filter',
      path: (limit) =>
        listPath({
          cluster: slug,
          status: 'open',
          tag: 'biomarkers',
          trl: 5,
          pathway: 'diagnosis',
          deadline_before: inDays(400),
          sort: 'deadline',
          limit,
        }),
      fills: true,
    },
    { what: 'list with q', path: (limit) => listPath({ q: 'biomarker triage', limit }), fills: true },
    {
      what: 'list with q and filters',
      path: (limit) =>
        listPath({ q: 'budget', cluster: slug, tag: 'digital-medicine', trl: 4, sort: 'most_endorsed', limit }),
      fills: true,
    },
    { what: 'list from a cursor', path: (limit) => listPath({ cluster: slug, cursor, limit }), fills: true },
    { what: 'detail', path: () => `/api/v1/challenges/${detailId}` },
  ];
  const CALLERS = ['anonymous', 'solver (bearer)', 'owner (bearer)', 'admin (bearer)', 'solver (cookie)'] as const;
  const authOf = (caller: (typeof CALLERS)[number]): { token?: string; cookie?: string } => {
    const { solver, clinician, admin } = world.users;
    if (caller === 'anonymous') return {};
    if (caller === 'solver (cookie)') return { cookie: solver.cookie };
    return { token: { 'solver (bearer)': solver, 'owner (bearer)': clinician, 'admin (bearer)': admin }[caller].token };
  };

  for (const { what, path, fills } of READS) {
    for (const caller of CALLERS) {
      it(`${what} as ${caller}: at most 2 D1 calls for limit=1 and limit=50 (and for its 304)`, async () => {
        const auth = authOf(caller);
        for (const limit of [1, 50]) {
          const res = await api(path(limit), auth);
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          if (fills) expect(res.body.data.length).toBe(limit);
          expect(d1Calls(res), `${what} limit=${limit}`).toBeLessThanOrEqual(2);
          const cached = await api(path(limit), { ...auth, headers: { 'if-none-match': res.headers.get('etag')! } });
          expect(cached.status).toBe(304);
          expect(d1Calls(cached), `${what} limit=${limit} (304)`).toBeLessThanOrEqual(2);
        }
      });
    }
  }

  it('questions of a challenge: the same number of D1 calls whatever the page size', async () => {
    // Not one of the budgeted read paths: loading the challenge and its questions are two queries,
    // plus the session lookup when signed in. What matters here is that it does not grow with the page.
    for (const caller of CALLERS) {
      const calls = [];
      for (const limit of [1, 2, 50]) {
        const res = await api(`/api/v1/challenges/${detailId}/questions${queryString({ limit })}`, authOf(caller));
        expect(res.status).toBe(200);
        expect(res.body.data).toHaveLength(Math.min(limit, 4));
        calls.push(d1Calls(res));
      }
      expect(new Set(calls).size, `${caller}: ${calls.join(', ')}`).toBe(1);
      expect(calls[0]).toBeLessThanOrEqual(3);
    }
  });
});
