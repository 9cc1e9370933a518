import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
  withOverrides,
} from '../../helpers/evaluation';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Entry, freshCast, jurors, scoresView, solverOf } from './fixtures';

// The ranking of a challenge's solutions (DESIGN "Solutions and evaluation"):
//   weighted score 0–100 = Σ wᶜ·(meanᶜ − 1)/4 / Σ wᶜ × 100,
// with the number of evaluations and per-criterion means; ties broken by more evaluations, then
// earlier submission. Every expected value below is computed by hand in the comments.

/** The submission time, set directly: no API lets a test choose it, and tie-breaks need it fixed. */
const setSubmittedAt = (solutionId: string, at: string) =>
  env.DB.prepare('UPDATE solutions SET submitted_at = ? WHERE id = ?').bind(at, solutionId).run();

// Three custom criteria for the hand-computed fixture, Σw = 100.
const CUSTOM = [
  { key: 'clinical_benefit', label: 'Clinical benefit', weight: 50 },
  { key: 'cost', label: 'Cost of ownership', weight: 30 },
  { key: 'usability', label: 'Usability', weight: 20 },
];
const s3 = (clinical_benefit: number, cost: number, usability: number) => ({ clinical_benefit, cost, usability });

describe('GET /api/v1/challenges/{id}/ranking — a hand-computed fixture', () => {
  it('ranks by weighted score, then more evaluations, then earlier submission; conflicts and unscored solutions as designed', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug, { criteria: CUSTOM });
    // The custom weights set in the draft survived approval.
    const challenge = await must(api(`/api/v1/challenges/${id}`, { token: owner.token }));
    expect(challenge.body.criteria).toEqual(CUSTOM);

    const solvers = await Promise.all(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'].map(solverOf));
    const titles = ['S1 alpha solution', 'S2 bravo solution', 'S3 charlie solution', 'S4 delta solution', 'S5 echo'];
    const sol: string[] = [];
    for (const [i, solver] of solvers.entries()) sol.push(await submitSolution(solver, id, { title: titles[i] }));
    const [S1, S2, S3, S4, S5] = sol as [string, string, string, string, string];
    const [J1, J2, J3] = (await jurors(3)) as [TestUser, TestUser, TestUser];
    for (const j of [J1, J2, J3]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);

    // Who scores what (clinical_benefit, cost, usability):
    //   S1: J1 (5,4,3), J2 (4,4,4), J3 (5,5,4)
    //   S2: J1 (5,3,2), J2 (4,2,3)
    //   S3: J2 (3,4,4), J3 (5,5,5) — J3 then declares a conflict on S3
    //   S4: J1 (4,3,3)
    //   S5: nobody
    for (const [j, s] of [
      [J1, S1],
      [J1, S2],
      [J1, S4],
      [J2, S1],
      [J2, S2],
      [J2, S3],
      [J3, S1],
      [J3, S3],
    ] as const) {
      await declare(j, s, false);
    }
    await evaluate(J1, S1, s3(5, 4, 3));
    await evaluate(J2, S1, s3(4, 4, 4));
    await evaluate(J3, S1, s3(5, 5, 4));
    await evaluate(J1, S2, s3(5, 3, 2));
    await evaluate(J2, S2, s3(4, 2, 3));
    await evaluate(J2, S3, s3(3, 4, 4));
    await evaluate(J3, S3, s3(5, 5, 5));
    await evaluate(J1, S4, s3(4, 3, 3));

    // With Σw = 100 the score is 50·(m₁−1)/4 + 30·(m₂−1)/4 + 20·(m₃−1)/4 = 12.5(m₁−1) + 7.5(m₂−1) + 5(m₃−1).
    // Before J3's conflict, S3 has both evaluations: means (4, 4.5, 4.5) → 12.5·3 + 7.5·3.5 + 5·3.5
    //   = 37.5 + 26.25 + 17.5 = 81.25 with 2 evaluations.
    const before = await must(ranking(owner, id));
    expect((before.body.data as Entry[]).find((r) => r.solution_id === S3)).toMatchObject({
      score: 81.25,
      evaluations: 2,
      criteria: s3(4, 4.5, 4.5),
    });

    // J3 now declares a conflict on S3: their earlier evaluation there must stop counting.
    await declare(J3, S3, true);
    expect(isProblem(await api(`/api/v1/solutions/${S3}`, { token: J3.token }), 404)).toBe(true);
    expect((await putEvaluation(J3, S3, { scores: s3(1, 1, 1) })).status).toBe(404);

    // Submission times, set directly (tie-break control): S4 earlier than S3 although S3 was
    // created first (so neither creation order nor id decides), S5 earliest of all but unscored.
    const at = {
      [S1]: '2025-03-01T08:00:00.000Z',
      [S2]: '2025-03-01T09:00:00.000Z',
      [S3]: '2025-03-01T11:00:00.000Z',
      [S4]: '2025-03-01T10:00:00.000Z',
      [S5]: '2025-03-01T07:00:00.000Z',
    };
    for (const [s, t] of Object.entries(at)) await setSubmittedAt(s, t);

    // S1: means (14/3, 13/3, 11/3) = (4.67, 4.33, 3.67);
    //     12.5·(11/3) + 7.5·(10/3) + 5·(8/3) = (137.5 + 75 + 40)/3 = 252.5/3 = 84.1666… → 84.17, 3 evaluations.
    // S2: means (4.5, 2.5, 2.5); 12.5·3.5 + 7.5·1.5 + 5·1.5 = 43.75 + 11.25 + 7.5 = 62.5, 2 evaluations.
    // S3: only J2 counts: means (3, 4, 4); 12.5·2 + 7.5·3 + 5·3 = 25 + 22.5 + 15 = 62.5, 1 evaluation.
    // S4: means (4, 3, 3); 12.5·3 + 7.5·2 + 5·2 = 37.5 + 15 + 10 = 62.5, 1 evaluation.
    // S5: no evaluation → score null, 0 evaluations, criteria {}, last.
    // Order: S1 (84.17); then the three-way tie at 62.5: S2 first (2 evaluations beat 1);
    // S4 before S3 (same score, same count, S4 submitted 10:00 before S3 at 11:00); S5 last.
    const res = await must(ranking(owner, id));
    expect(res.body.view).toBe('full');
    expect(res.body.criteria).toMatchObject(CUSTOM);
    expect(scoresView(res)).toEqual([
      { rank: 1, solution_id: S1, score: 84.17, evaluations: 3, criteria: s3(4.67, 4.33, 3.67) },
      { rank: 2, solution_id: S2, score: 62.5, evaluations: 2, criteria: s3(4.5, 2.5, 2.5) },
      { rank: 3, solution_id: S4, score: 62.5, evaluations: 1, criteria: s3(4, 3, 3) },
      { rank: 4, solution_id: S3, score: 62.5, evaluations: 1, criteria: s3(3, 4, 4) },
      { rank: 5, solution_id: S5, score: null, evaluations: 0, criteria: {} },
    ]);
    for (const row of res.body.data as Entry[]) {
      const i = sol.indexOf(row.solution_id);
      expect(row).toMatchObject({ title: titles[i], status: 'submitted', submitted_at: at[row.solution_id] });
      expect(row.organization).toMatch(/^(Alpha|Bravo|Charlie|Delta|Echo) /);
    }
    // The moderator sees the same full ranking.
    const asModerator = await must(ranking(moderator, id));
    expect(scoresView(asModerator)).toEqual(scoresView(res));

    // Swap the submission times of S3 and S4: only their order changes.
    await setSubmittedAt(S3, at[S4] as string);
    await setSubmittedAt(S4, at[S3] as string);
    const swapped = await must(ranking(owner, id));
    expect((swapped.body.data as Entry[]).map((r) => [r.rank, r.solution_id])).toEqual([
      [1, S1],
      [2, S2],
      [3, S3],
      [4, S4],
      [5, S5],
    ]);
  });
});

describe('GET /api/v1/challenges/{id}/ranking — criteria weights', () => {
  it('computes the default 30/20/15/15/10/10 weighting, and the order flips under weights set in the draft', async () => {
    const { moderator, owner, cluster } = await freshCast();
    // Same keys as the defaults, different weights (Σw = 20), set in the draft before approval.
    const flipped = [
      { key: 'clinical_impact', label: 'Clinical impact', weight: 1 },
      { key: 'feasibility', label: 'Feasibility', weight: 1 },
      { key: 'innovation', label: 'Innovation', weight: 2 },
      { key: 'trl_fit', label: 'TRL fit', weight: 4 },
      { key: 'regulatory_data_readiness', label: 'Regulatory & data readiness', weight: 6 },
      { key: 'business_case', label: 'Business case', weight: 6 },
    ];
    const defaults = await openChallenge(owner, moderator, cluster.slug);
    const custom = await openChallenge(owner, moderator, cluster.slug, { criteria: flipped });
    const [p, q] = await Promise.all([solverOf('Papa'), solverOf('Quebec')]);
    const [J1, J2] = (await jurors(2)) as [TestUser, TestUser];

    const run = async (id: string) => {
      const P = await submitSolution(p, id, { title: 'P: the clinically strong one' });
      const Q = await submitSolution(q, id, { title: 'Q: the regulatory-ready one' });
      for (const j of [J1, J2]) await assignJury(owner, id, j);
      await startEvaluation(owner, id);
      for (const j of [J1, J2]) for (const s of [P, Q]) await declare(j, s, false);
      // Keys in DEFAULT_KEYS order: clinical_impact, feasibility, innovation, trl_fit, regulatory_data_readiness, business_case.
      // P: J1 (5,4,4,2,1,1), J2 (5,4,2,2,1,3) → means (5, 4, 3, 2, 1, 2)
      // Q: J1 (1,3,4,4,5,5), J2 (3,3,2,4,5,5) → means (2, 3, 3, 4, 5, 5)
      await evaluate(J1, P, scoresOf([5, 4, 4, 2, 1, 1]));
      await evaluate(J2, P, scoresOf([5, 4, 2, 2, 1, 3]));
      await evaluate(J1, Q, scoresOf([1, 3, 4, 4, 5, 5]));
      await evaluate(J2, Q, scoresOf([3, 3, 2, 4, 5, 5]));
      return { P, Q, res: await must(ranking(owner, id)) };
    };
    const meansP = scoresOf([5, 4, 3, 2, 1, 2]);
    const meansQ = scoresOf([2, 3, 3, 4, 5, 5]);

    // Defaults, Σw = 100; (m−1)/4 per criterion:
    //   P: (1, .75, .5, .25, 0, .25) → 30·1 + 20·.75 + 15·.5 + 15·.25 + 10·0 + 10·.25
    //      = 30 + 15 + 7.5 + 3.75 + 0 + 2.5 = 58.75
    //   Q: (.25, .5, .5, .75, 1, 1) → 30·.25 + 20·.5 + 15·.5 + 15·.75 + 10·1 + 10·1
    //      = 7.5 + 10 + 7.5 + 11.25 + 10 + 10 = 56.25          → P first.
    const first = await run(defaults);
    expect(first.res.body.criteria.map((c: { weight: number }) => c.weight)).toEqual([30, 20, 15, 15, 10, 10]);
    expect(scoresView(first.res)).toEqual([
      { rank: 1, solution_id: first.P, score: 58.75, evaluations: 2, criteria: meansP },
      { rank: 2, solution_id: first.Q, score: 56.25, evaluations: 2, criteria: meansQ },
    ]);

    // Weights 1/1/2/4/6/6, Σw = 20:
    //   P: 1·1 + 1·.75 + 2·.5 + 4·.25 + 6·0 + 6·.25 = 1 + .75 + 1 + 1 + 0 + 1.5 = 5.25 → 5.25/20·100 = 26.25
    //   Q: 1·.25 + 1·.5 + 2·.5 + 4·.75 + 6·1 + 6·1 = .25 + .5 + 1 + 3 + 6 + 6 = 16.75 → 16.75/20·100 = 83.75
    //   → Q first: same scores, the order flips.
    const second = await run(custom);
    expect(second.res.body.criteria).toMatchObject(flipped);
    expect(scoresView(second.res)).toEqual([
      { rank: 1, solution_id: second.Q, score: 83.75, evaluations: 2, criteria: meansQ },
      { rank: 2, solution_id: second.P, score: 26.25, evaluations: 2, criteria: meansP },
    ]);
  });
});

describe('query budget', () => {
  it('ranking and solutions list take at most 2 D1 calls (5 for the first ranking read after a change), the same for 2 and for 12 solutions', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const [J] = (await jurors(1)) as [TestUser];

    const measure = async (n: number) => {
      const id = await openChallenge(owner, moderator, cluster.slug);
      const solver = await solverOf(`Xray${n}`);
      const ids: string[] = [];
      for (let i = 0; i < n; i++) ids.push(await submitSolution(solver, id, { title: `Budget solution ${i + 1}` }));
      await assignJury(owner, id, J);
      await startEvaluation(owner, id);
      await Promise.all(ids.map((s) => declare(J, s, false)));
      await Promise.all(ids.map((s, i) => evaluate(J, s, scoresOf([1 + (i % 5)]))));

      const stats: Record<string, { calls: number; statements: number }> = {};
      const probe = async (name: string, path: string, token?: string, view?: string) => {
        const res = await must(api(path, { token }));
        expect(res.body.data, name).toHaveLength(n);
        if (view) expect(res.body.view, name).toBe(view);
        stats[name] = d1Stats(res);
      };
      // The first read after the scores changed computes the normalised figures from the counted
      // evaluations and keeps them with the places of both orders: one more call to read, one to
      // keep, one to read its page from the new places (issue 17). Every read after it takes 2.
      const cold = d1Stats(await must(api(`/api/v1/challenges/${id}/ranking`, { token: owner.token })));
      expect(cold.calls, 'first ranking read after the scores changed').toBeLessThanOrEqual(5);
      stats['first read after a change'] = { calls: cold.calls, statements: cold.statements };
      await probe('ranking as owner', `/api/v1/challenges/${id}/ranking`, owner.token, 'full');
      await probe('ranking as moderator', `/api/v1/challenges/${id}/ranking`, moderator.token, 'full');
      await probe('ranking as jury member who finished', `/api/v1/challenges/${id}/ranking`, J.token, 'full');
      await probe('list as owner', `/api/v1/challenges/${id}/solutions?limit=100`, owner.token);
      await probe('list as jury member', `/api/v1/challenges/${id}/solutions?limit=100`, J.token);
      await probe('list as submitter', `/api/v1/challenges/${id}/solutions?limit=100`, solver.token);
      await must(
        api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: withOverrides({ winners: [ids[0]] }) }),
      );
      // Every solution's summary is public (the helper's default), so the public results list all n.
      await probe('ranking anonymous after decision', `/api/v1/challenges/${id}/ranking`, undefined, 'public');
      return stats;
    };

    const small = await measure(2);
    const large = await measure(12);
    for (const [name, s] of Object.entries(small)) {
      const l = large[name] as { calls: number; statements: number };
      const most = name === 'first read after a change' ? 5 : 2;
      expect(s.calls, `${name} (2 solutions)`).toBeLessThanOrEqual(most);
      expect(l.calls, `${name} (12 solutions)`).toBeLessThanOrEqual(most);
      expect(l.calls, `${name}: calls grow with the number of solutions`).toBe(s.calls);
      expect(l.statements, `${name}: statements grow with the number of solutions`).toBe(s.statements);
    }
    expect(Object.keys(small)).toHaveLength(8);
  });
});
