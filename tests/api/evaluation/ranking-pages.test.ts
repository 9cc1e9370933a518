import { beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Entry, freshCast, jurors, solverOf } from './fixtures';
import { talliesAgree } from './recount';

/**
 * Issue 17: the full ranking comes in cursor pages (default 50, `?limit=`), in the order of the
 * method asked for, its rows from the per-solution tallies (`solution_tallies`) kept with every
 * score, withdrawal, declaration and jury change, its order from the places of both methods kept
 * with the normalised scores (`ranking_places`). Following `next` page after page gives exactly
 * the whole ranking; the first page has the shape it always had, plus `total` and `next`.
 */
async function world() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const solvers = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(solverOf));
  const sol: string[] = [];
  for (const solver of solvers) sol.push(await submitSolution(solver, id));
  const js = (await jurors(3)) as [TestUser, TestUser, TestUser];
  for (const j of js) await assignJury(owner, id, j);
  await startEvaluation(owner, id);
  // Five of seven solutions scored, unevenly; the last two have no score and rank last.
  const plan: [number, number, number[]][] = [
    [0, 0, [5, 4, 3, 4, 5, 2]],
    [1, 0, [2, 2, 3, 1, 2, 3]],
    [2, 0, [4, 4, 4, 4, 4, 4]],
    [3, 0, [3, 5, 2, 5, 1, 4]],
    [4, 0, [1, 2, 1, 2, 1, 2]],
    [0, 1, [4, 4, 3, 3, 5, 5]],
    [1, 1, [5, 5, 5, 5, 5, 5]],
    [2, 1, [1, 1, 2, 2, 3, 3]],
    [0, 2, [3, 3, 3, 3, 3, 3]],
    [3, 2, [2, 4, 2, 4, 2, 4]],
  ];
  for (const [s, j, values] of plan) {
    await declare(js[j] as TestUser, sol[s] as string, false);
    await evaluate(js[j] as TestUser, sol[s] as string, scoresOf(values));
  }
  await declare(js[2], sol[4] as string, true);
  return { id, owner, moderator, sol, js };
}

const read = (user: TestUser, id: string, query: string) =>
  must(api(`/api/v1/challenges/${id}/ranking?${query}`, { token: user.token }));

async function allPages(user: TestUser, id: string, method: string, limit: number) {
  const pages = [];
  let query = `method=${method}&limit=${limit}`;
  for (;;) {
    const page = await read(user, id, query);
    pages.push(page);
    if (!page.body.next) break;
    query = `method=${method}&limit=${limit}&cursor=${page.body.next}`;
    if (pages.length > 10) throw new Error('the pages never end');
  }
  return pages;
}

describe('GET /api/v1/challenges/{id}/ranking — cursor pages over the tallies', () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world();
  });

  it('pages through the whole ranking by either method, with the total on each page', async () => {
    const { id, owner } = w;
    for (const method of ['weighted', 'normalised']) {
      const whole = await read(owner, id, `method=${method}`);
      expect(whole.body.next, method).toBeNull();
      expect(whole.body.total, method).toBe(7);
      const all = whole.body.data as Entry[];
      expect(all.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      // The two solutions without evaluations come last, without a score.
      expect(all.slice(5).map((r) => r.score)).toEqual([null, null]);
      const pages = await allPages(owner, id, method, 3);
      expect(pages.map((p) => (p.body.data as Entry[]).length)).toEqual([3, 3, 1]);
      expect(pages.map((p) => p.body.total)).toEqual([7, 7, 7]);
      expect(pages.flatMap((p) => p.body.data)).toEqual(all);
      // The figures over the whole ranking are the same on every page.
      for (const p of pages) expect(p.body.top_disagreement).toEqual(whole.body.top_disagreement);
    }
  });

  it('refuses a cursor of the other method or of no known form, with a 400 that says what to do', async () => {
    const { id, owner } = w;
    const first = await read(owner, id, 'limit=2');
    expect(first.body.next).toBe('w2');
    const crossed = await api(`/api/v1/challenges/${id}/ranking?method=normalised&cursor=w2`, { token: owner.token });
    expect(isProblem(crossed, 400)).toBe(true);
    expect(crossed.body.detail).toMatch(/same method/);
    const garbled = await api(`/api/v1/challenges/${id}/ranking?cursor=x2`, { token: owner.token });
    expect(isProblem(garbled, 400)).toBe(true);
    const tooMany = await api(`/api/v1/challenges/${id}/ranking?limit=201`, { token: owner.token });
    expect(isProblem(tooMany, 400)).toBe(true);
  });

  it('keeps the tallies equal to a recount from the raw evaluations', async () => {
    const { id } = w;
    const { kept, recounted } = await talliesAgree(id);
    expect(kept.length).toBe(5);
    expect(kept).toEqual(recounted);
  });

  it('reads a page of the weighted ranking in one round trip (after the session) once the figures are kept, and any later page too', async () => {
    const { id, owner } = w;
    await read(owner, id, 'limit=3'); // computes and keeps the normalised figures
    const first = await read(owner, id, 'limit=3');
    const later = await read(owner, id, `limit=3&cursor=${first.body.next}`);
    // The session, then one batch of 13: the challenge, the criteria, the cache's versions, the
    // public rows, the jury facts, the conflicts, the overrides, the seats, the minimum, and from
    // the kept places the page, the totals, the top places and the disputed titles (none asked).
    // None of them reads every solution's details (issue 17: ranking_places).
    expect(d1Stats(first)).toEqual({ calls: 2, statements: 14 });
    expect(d1Stats(later)).toEqual({ calls: 2, statements: 14 });
  });

  // Last: it scores more. The total comes from the tallies (the running less the viewer's conflicts).
  it("counts in a jury member's total only the solutions they see, on every page", async () => {
    const { id, owner, sol, js } = w;
    const [, , third] = js;
    for (const s of [1, 2, 5, 6]) {
      await declare(third, sol[s] as string, false);
      await evaluate(third, sol[s] as string, scoresOf([3, 3, 3, 3, 3, 3]));
    }
    const pages = await allPages(third, id, 'weighted', 4);
    const shown = pages.flatMap((p) => p.body.data as Entry[]).map((r) => r.solution_id);
    expect(shown).toHaveLength(6);
    expect(shown).not.toContain(sol[4]);
    expect(pages.map((p) => p.body.total)).toEqual([6, 6]);
    expect((await read(owner, id, 'limit=4')).body.total).toBe(7);
  });
});
