import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from './helpers/actors';
import { openChallenge, transition } from './helpers/challenges';
import { type ApiResponse, api, d1Stats, isProblem } from './helpers/http';
import { assignJury, declare, evaluate, scoresOf, submitSolution } from './helpers/solutions';

// The ranking of a challenge's solutions (DESIGN "Solutions and evaluation"):
//   weighted score 0–100 = Σ wᶜ·(meanᶜ − 1)/4 / Σ wᶜ × 100,
// with the number of evaluations and per-criterion means; ties broken by more evaluations, then
// earlier submission. Every expected value below is computed by hand in the comments.

const unique = () => crypto.randomUUID().slice(0, 8);

async function must(res: ApiResponse | Promise<ApiResponse>, status = 200) {
  const done = await res;
  if (done.status !== status) throw new Error(`expected ${status}, got ${done.status}: ${JSON.stringify(done.body)}`);
  return done;
}

/** A fresh cluster with its moderator and a clinician who owns the challenges of one test. */
async function freshCast() {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const [moderator, owner] = await Promise.all([createModerator(admin, cluster.slug), registerUser('clinician')]);
  return { admin, cluster, moderator, owner };
}

/** A solver with an organization of their own, so the ranking can show it. */
const solverOf = (name: string) =>
  registerUser('solver', { organization: { name: `${name} ${unique()}`, kind: 'startup', country: 'DE' } });

const jurors = (n: number) => Promise.all(Array.from({ length: n }, () => registerUser('clinician')));

const ranking = (id: string, token?: string) => api(`/api/v1/challenges/${id}/ranking`, { token });

const putEvaluation = (user: TestUser, solutionId: string, scores: Record<string, number>, comment?: string) =>
  api(`/api/v1/solutions/${solutionId}/evaluation`, {
    method: 'PUT',
    token: user.token,
    body: { scores, ...(comment ? { comment } : {}) },
  });

const startEvaluation = (owner: TestUser, id: string) => must(transition(owner, id, 'start_evaluation'));

/** Read back (only) what the evaluations table holds for one jury member on one solution. */
async function evaluationRows(solutionId: string, evaluatorId: string) {
  const { results } = await env.DB.prepare(
    'SELECT scores, comment FROM evaluations WHERE solution_id = ? AND evaluator_id = ?',
  )
    .bind(solutionId, evaluatorId)
    .all<{ scores: string; comment: string | null }>();
  return results;
}

/** The submission time, set directly: no API lets a test choose it, and tie-breaks need it fixed. */
const setSubmittedAt = (solutionId: string, at: string) =>
  env.DB.prepare('UPDATE solutions SET submitted_at = ? WHERE id = ?').bind(at, solutionId).run();

/** JSON with sorted keys, so two score objects compare regardless of key order. */
const canonical = (value: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

interface Entry {
  rank: number;
  solution_id: string;
  title: string;
  organization: string | null;
  status: string;
  score: number | null;
  evaluations: number;
  criteria: Record<string, number>;
  submitted_at: string | null;
  summary: string | null;
}

const scoresView = (res: ApiResponse) =>
  (res.body.data as Entry[]).map(({ rank, solution_id, score, evaluations, criteria }) => ({
    rank,
    solution_id,
    score,
    evaluations,
    criteria,
  }));

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
    const before = await must(ranking(id, owner.token));
    expect((before.body.data as Entry[]).find((r) => r.solution_id === S3)).toMatchObject({
      score: 81.25,
      evaluations: 2,
      criteria: s3(4, 4.5, 4.5),
    });

    // J3 now declares a conflict on S3: their earlier evaluation there must stop counting.
    await declare(J3, S3, true);
    expect(isProblem(await api(`/api/v1/solutions/${S3}`, { token: J3.token }), 404)).toBe(true);
    expect((await putEvaluation(J3, S3, s3(1, 1, 1))).status).toBe(404);

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
    const res = await must(ranking(id, owner.token));
    expect(res.body.view).toBe('full');
    expect(res.body.criteria).toEqual(CUSTOM);
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
    const asModerator = await must(ranking(id, moderator.token));
    expect(scoresView(asModerator)).toEqual(scoresView(res));

    // Swap the submission times of S3 and S4: only their order changes.
    await setSubmittedAt(S3, at[S4] as string);
    await setSubmittedAt(S4, at[S3] as string);
    const swapped = await must(ranking(id, owner.token));
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
      return { P, Q, res: await must(ranking(id, owner.token)) };
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
    expect(second.res.body.criteria).toEqual(flipped);
    expect(scoresView(second.res)).toEqual([
      { rank: 1, solution_id: second.Q, score: 83.75, evaluations: 2, criteria: meansQ },
      { rank: 2, solution_id: second.P, score: 26.25, evaluations: 2, criteria: meansP },
    ]);
  });
});

describe('jury members and the ranking', () => {
  it("stops counting a removed jury member's evaluations", async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Romeo');
    const S = await submitSolution(solver, id);
    const [J1, J2] = (await jurors(2)) as [TestUser, TestUser];
    for (const j of [J1, J2]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    for (const j of [J1, J2]) await declare(j, S, false);
    await evaluate(J1, S, scoresOf([5]));
    await evaluate(J2, S, scoresOf([1]));

    // Both count: every mean (5+1)/2 = 3 → (3−1)/4 = .5 of every weight → 50.
    expect(scoresView(await must(ranking(id, owner.token)))).toEqual([
      { rank: 1, solution_id: S, score: 50, evaluations: 2, criteria: scoresOf([3]) },
    ]);

    await must(api(`/api/v1/challenges/${id}/evaluators/${J2.id}`, { method: 'DELETE', token: moderator.token }), 204);
    // Only J1 counts: every mean 5 → 100, 1 evaluation.
    expect(scoresView(await must(ranking(id, owner.token)))).toEqual([
      { rank: 1, solution_id: S, score: 100, evaluations: 1, criteria: scoresOf([5]) },
    ]);
    // No longer on the jury: no ranking, no scoring.
    expect(isProblem(await ranking(id, J2.token), 404)).toBe(true);
    expect((await putEvaluation(J2, S, scoresOf([2]))).status).toBe(404);
  });

  it('replaces an evaluation on a second PUT and shows each evaluator only their own scores', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Sierra');
    const S = await submitSolution(solver, id);
    const [J1, J2] = (await jurors(2)) as [TestUser, TestUser];
    for (const j of [J1, J2]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    for (const j of [J1, J2]) await declare(j, S, false);

    const first = await putEvaluation(J1, S, scoresOf([5]), 'first thoughts of juror one');
    expect(first.status).toBe(200);
    expect(first.body.scores).toEqual(scoresOf([5]));
    // All 5 → 100.
    expect(scoresView(await must(ranking(id, owner.token)))[0]).toMatchObject({ score: 100, evaluations: 1 });

    // (2,3,2,4,1,5): (m−1)/4 = (.25, .5, .25, .75, 0, 1)
    //   → 30·.25 + 20·.5 + 15·.25 + 15·.75 + 10·0 + 10·1 = 7.5 + 10 + 3.75 + 11.25 + 0 + 10 = 42.5
    const revised = scoresOf([2, 3, 2, 4, 1, 5]);
    const second = await putEvaluation(J1, S, revised, 'juror-one-secret-comment');
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ solution_id: S, scores: revised, comment: 'juror-one-secret-comment' });
    expect(scoresView(await must(ranking(id, owner.token)))).toEqual([
      { rank: 1, solution_id: S, score: 42.5, evaluations: 1, criteria: revised },
    ]);
    const rows = await evaluationRows(S, J1.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.scores ?? '{}')).toEqual(revised);

    // J1 reads their own (latest) evaluation on the solution.
    const mine = await must(api(`/api/v1/solutions/${S}`, { token: J1.token }));
    expect(mine.body.my_evaluation).toMatchObject({ scores: revised, comment: 'juror-one-secret-comment' });

    // J2 has not scored: sees no evaluation at all, and nothing of J1's.
    const other = await must(api(`/api/v1/solutions/${S}`, { token: J2.token }));
    expect(other.body.my_evaluation).toBeNull();
    expect(JSON.stringify(other.body)).not.toContain('juror-one-secret-comment');
    // J2 scores: sees exactly their own scores, still never J1's.
    const j2Scores = scoresOf([4, 4, 4, 4, 4, 3]);
    await evaluate(J2, S, j2Scores, 'juror two notes');
    const otherAfter = await must(api(`/api/v1/solutions/${S}`, { token: J2.token }));
    expect(otherAfter.body.my_evaluation).toMatchObject({ scores: j2Scores, comment: 'juror two notes' });
    expect(JSON.stringify(otherAfter.body)).not.toContain('juror-one-secret-comment');
    const mineAfter = await must(api(`/api/v1/solutions/${S}`, { token: J1.token }));
    expect(mineAfter.body.my_evaluation).toMatchObject({ scores: revised, comment: 'juror-one-secret-comment' });
    expect(JSON.stringify(mineAfter.body)).not.toContain('juror two notes');

    // Owner and submitter are no evaluators: no my_evaluation, and no one's scores or comments.
    for (const user of [owner, solver]) {
      const body = (await must(api(`/api/v1/solutions/${S}`, { token: user.token }))).body;
      expect(body.my_evaluation).toBeNull();
      expect(JSON.stringify(body)).not.toContain('juror-one-secret-comment');
      expect(JSON.stringify(body)).not.toContain('juror two notes');
    }
  });

  it('opens the ranking to a jury member only once they scored every solution they may score', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Tango');
    const [S1, S2, S3] = [
      await submitSolution(solver, id, { title: 'T1 first' }),
      await submitSolution(solver, id, { title: 'T2 second' }),
      await submitSolution(solver, id, { title: 'T3 third' }),
    ];
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);

    const locked = async () => {
      const res = await ranking(id, J.token);
      expect(isProblem(res, 403, 'forbidden')).toBe(true);
      expect(res.body.detail).toMatch(/scored every solution/i);
    };
    await locked(); // nothing declared, nothing scored
    await declare(J, S1, false);
    await declare(J, S2, false);
    await declare(J, S3, true); // a conflict: not theirs to score
    await locked();
    await evaluate(J, S1, scoresOf([4]));
    await locked(); // S2 still pending
    await evaluate(J, S2, scoresOf([3]));

    const open = await ranking(id, J.token);
    expect(open.status).toBe(200);
    expect(open.body.view).toBe('full');
    // All 4 → .75 of every weight → 75; all 3 → 50.
    expect(
      (open.body.data as Entry[]).filter((r) => r.solution_id !== S3).map((r) => [r.solution_id, r.score]),
    ).toEqual([
      [S1, 75],
      [S2, 50],
    ]);
  });

  it('leaves out of a jury member’s ranking the solutions they declared a conflict on', async () => {
    // DESIGN: "with a conflict they cannot see or score it"; the solutions list hides such a
    // solution from that jury member, so the ranking should not show its title, organization or score.
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [solverA, solverB] = await Promise.all([solverOf('Uniform'), solverOf('Victor')]);
    const A = await submitSolution(solverA, id, { title: 'Uniform cleared solution' });
    const B = await submitSolution(solverB, id, { title: 'Victor conflicted solution' });
    const [J, K] = (await jurors(2)) as [TestUser, TestUser];
    for (const j of [J, K]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    await declare(J, A, false);
    await declare(J, B, true);
    await declare(K, B, false);
    await evaluate(J, A, scoresOf([4]));
    await evaluate(K, B, scoresOf([5]));

    const list = await must(api(`/api/v1/challenges/${id}/solutions`, { token: J.token }));
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([A]);
    const res = await must(ranking(id, J.token));
    expect(res.body.view).toBe('full');
    expect((res.body.data as Entry[]).map((r) => r.solution_id)).toEqual([A]);
    expect(JSON.stringify(res.body)).not.toContain('Victor conflicted solution');
  });
});

describe('concurrent writes', () => {
  it('50 parallel evaluation PUTs by one evaluator leave exactly one row holding one of the submitted sets', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Whiskey');
    const S = await submitSolution(solver, id);
    const S2 = await submitSolution(solver, id, { title: 'Second solution for the declaration race' });
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);
    await declare(J, S, false);

    // 50 distinct score sets: the first three criteria run through 5·5·2 = 50 combinations.
    const sets = Array.from({ length: 50 }, (_, i) =>
      scoresOf([1 + (i % 5), 1 + (Math.floor(i / 5) % 5), 1 + Math.floor(i / 25), 1 + (i % 3), 5 - (i % 4), 3]),
    );
    expect(new Set(sets.map(canonical)).size).toBe(50);
    const responses = await Promise.all(sets.map((set, i) => putEvaluation(J, S, set, `set ${i}`)));
    responses.forEach((res, i) => {
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(canonical(res.body.scores)).toBe(canonical(sets[i] as Record<string, number>));
    });

    const rows = await evaluationRows(S, J.id);
    expect(rows).toHaveLength(1);
    const stored = JSON.parse(rows[0]?.scores ?? '{}') as Record<string, number>;
    const index = sets.findIndex((set) => canonical(set) === canonical(stored));
    expect(index).toBeGreaterThanOrEqual(0);
    // Scores and comment come from the same request: no mix of two writes.
    expect(rows[0]?.comment).toBe(`set ${index}`);
    // The ranking counts it once, with exactly those scores as means.
    const res = await must(ranking(id, owner.token));
    expect((res.body.data as Entry[]).find((r) => r.solution_id === S)).toMatchObject({
      evaluations: 1,
      criteria: stored,
    });

    // 20 parallel conflict declarations on another solution: one row, from one of the requests.
    const sent = Array.from({ length: 20 }, (_, i) => ({ conflict: i % 2 === 0, note: `declaration ${i}` }));
    const declared = await Promise.all(
      sent.map((body) => api(`/api/v1/solutions/${S2}/conflict`, { method: 'PUT', token: J.token, body })),
    );
    for (const res of declared) expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { results } = await env.DB.prepare(
      'SELECT conflict, note FROM conflict_declarations WHERE solution_id = ? AND evaluator_id = ?',
    )
      .bind(S2, J.id)
      .all<{ conflict: number; note: string }>();
    expect(results).toHaveLength(1);
    const row = results[0] as { conflict: number; note: string };
    expect(sent).toContainEqual({ conflict: row.conflict === 1, note: row.note });
  });
});

describe('query budget', () => {
  it('ranking and solutions list take at most 2 D1 calls, the same for 2 and for 12 solutions', async () => {
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
      await probe('ranking as owner', `/api/v1/challenges/${id}/ranking`, owner.token, 'full');
      await probe('ranking as moderator', `/api/v1/challenges/${id}/ranking`, moderator.token, 'full');
      await probe('ranking as jury member who finished', `/api/v1/challenges/${id}/ranking`, J.token, 'full');
      await probe('list as owner', `/api/v1/challenges/${id}/solutions?limit=100`, owner.token);
      await probe('list as jury member', `/api/v1/challenges/${id}/solutions?limit=100`, J.token);
      await probe('list as submitter', `/api/v1/challenges/${id}/solutions?limit=100`, solver.token);
      await must(api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: { winners: [ids[0]] } }));
      // Every solution's summary is public (the helper's default), so the public results list all n.
      await probe('ranking anonymous after decision', `/api/v1/challenges/${id}/ranking`, undefined, 'public');
      return stats;
    };

    const small = await measure(2);
    const large = await measure(12);
    for (const [name, s] of Object.entries(small)) {
      const l = large[name] as { calls: number; statements: number };
      expect(s.calls, `${name} (2 solutions)`).toBeLessThanOrEqual(2);
      expect(l.calls, `${name} (12 solutions)`).toBeLessThanOrEqual(2);
      expect(l.calls, `${name}: calls grow with the number of solutions`).toBe(s.calls);
      expect(l.statements, `${name}: statements grow with the number of solutions`).toBe(s.statements);
    }
    expect(Object.keys(small)).toHaveLength(7);
  });
});

describe('when scoring is allowed, and the public results', () => {
  it('answers 409 while the challenge is open and after the decision, naming the state', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solver = await solverOf('Yankee');
    const S = await submitSolution(solver, id);
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await declare(J, S, false); // declarations are allowed while open

    const whileOpen = await putEvaluation(J, S, scoresOf([4]));
    expect(isProblem(whileOpen, 409, 'invalid_state')).toBe(true);
    expect(whileOpen.body.current_state).toBe('open');
    expect(await evaluationRows(S, J.id)).toHaveLength(0);

    await startEvaluation(owner, id);
    await evaluate(J, S, scoresOf([4]));
    await must(api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: { winners: [S] } }));

    const afterDecision = await putEvaluation(J, S, scoresOf([1]));
    expect(isProblem(afterDecision, 409, 'invalid_state')).toBe(true);
    expect(afterDecision.body.current_state).toBe('decided');
    const rows = await evaluationRows(S, J.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.scores ?? '{}')).toEqual(scoresOf([4]));
  });

  it('does not score a withdrawn solution and leaves it out of the ranking', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [solverA, solverB] = await Promise.all([solverOf('Zulu'), solverOf('Zeta')]);
    const A = await submitSolution(solverA, id, { title: 'Zulu stays in' });
    const W = await submitSolution(solverB, id, { title: 'Zeta withdraws' });
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);
    await declare(J, A, false);
    await declare(J, W, false);
    await must(api(`/api/v1/solutions/${W}/withdraw`, { method: 'POST', token: solverB.token }));

    // DESIGN allows scoring only submitted solutions but does not say whether a withdrawn one is
    // "not visible" to the jury (404) or in the wrong state (409); the worker hides it (404).
    // Either way it is a problem document and nothing is stored.
    const res = await putEvaluation(J, W, scoresOf([5]));
    expect([404, 409]).toContain(res.status);
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/problem\+json/);
    expect(await evaluationRows(W, J.id)).toHaveLength(0);

    await evaluate(J, A, scoresOf([2]));
    // All 2 → .25 of every weight → 25.
    expect(scoresView(await must(ranking(id, owner.token)))).toEqual([
      { rank: 1, solution_id: A, score: 25, evaluations: 1, criteria: scoresOf([2]) },
    ]);
    // The jury member has scored all they may (the withdrawn one does not count).
    expect((await ranking(id, J.token)).status).toBe(200);
  });

  it('publishes after the decision only solutions with a public summary, renumbered 1..n', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solvers = await Promise.all(['Amber', 'Basalt', 'Cobalt', 'Dune'].map(solverOf));
    const [A, B, C, D] = [
      await submitSolution(solvers[0] as TestUser, id, { title: 'Amber public', summary: 'Amber summary, public.' }),
      await submitSolution(solvers[1] as TestUser, id, {
        title: 'Basalt private title',
        summary: 'Basalt summary that must stay private.',
        summary_public: false,
      }),
      await submitSolution(solvers[2] as TestUser, id, { title: 'Cobalt public', summary: 'Cobalt summary, public.' }),
      await submitSolution(solvers[3] as TestUser, id, { title: 'Dune public', summary: 'Dune summary, unscored.' }),
    ] as [string, string, string, string];
    const [J] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, J);
    await startEvaluation(owner, id);

    // Not public before the decision.
    expect(isProblem(await ranking(id), 401)).toBe(true);
    expect(isProblem(await ranking(id, (solvers[0] as TestUser).token), 404)).toBe(true);

    for (const s of [A, B, C]) await declare(J, s, false);
    await evaluate(J, A, scoresOf([5, 5, 5, 5, 5, 4])); // 100 − 10·.25 = 97.5
    await evaluate(J, B, scoresOf([5, 5, 5, 5, 5, 5])); // 100
    await evaluate(J, C, scoresOf([3])); // 50
    // Full order: B 100, A 97.5, C 50, D unscored. B's summary is private.
    expect(scoresView(await must(ranking(id, owner.token))).map((r) => [r.rank, r.solution_id, r.score])).toEqual([
      [1, B, 100],
      [2, A, 97.5],
      [3, C, 50],
      [4, D, null],
    ]);

    await must(
      api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: { winners: [B], shortlist: [A] } }),
    );

    const orgs = await Promise.all(
      solvers.map(async (s) => (await must(api('/api/v1/me', { token: s.token }))).body.organization.name as string),
    );
    const expected = [
      {
        rank: 1,
        solution_id: A,
        title: 'Amber public',
        organization: orgs[0],
        score: 97.5,
        status: 'shortlisted',
        summary: 'Amber summary, public.',
      },
      {
        rank: 2,
        solution_id: C,
        title: 'Cobalt public',
        organization: orgs[2],
        score: 50,
        status: 'not_selected',
        summary: 'Cobalt summary, public.',
      },
      {
        rank: 3,
        solution_id: D,
        title: 'Dune public',
        organization: orgs[3],
        score: null,
        status: 'not_selected',
        summary: 'Dune summary, unscored.',
      },
    ];
    // Anonymous readers and signed-in outsiders get the same public results.
    const outsider = await registerUser('solver');
    for (const token of [undefined, outsider.token]) {
      const pub = await must(ranking(id, token));
      expect(pub.body.view).toBe('public');
      expect(pub.body.data).toHaveLength(3);
      expect(pub.body.data).toEqual(expected.map((row) => expect.objectContaining(row)));
      const text = JSON.stringify(pub.body);
      expect(text).not.toContain(B);
      expect(text).not.toContain('Basalt');
    }
    // The owner still has the full ranking, with the winner.
    const full = await must(ranking(id, owner.token));
    expect(full.body.view).toBe('full');
    expect((full.body.data as Entry[]).map((r) => [r.solution_id, r.status])).toEqual([
      [B, 'winner'],
      [A, 'shortlisted'],
      [C, 'not_selected'],
      [D, 'not_selected'],
    ]);
  });
});
