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
} from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Entry, evaluationRows, freshCast, jurors, scoresView, solverOf } from './fixtures';

// Expected scores are computed by hand in the comments, with the formula given in ./ranking.test.ts.

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
    expect(scoresView(await must(ranking(owner, id)))).toEqual([
      { rank: 1, solution_id: S, score: 50, evaluations: 2, criteria: scoresOf([3]) },
    ]);

    await must(api(`/api/v1/challenges/${id}/evaluators/${J2.id}`, { method: 'DELETE', token: moderator.token }), 204);
    // Only J1 counts: every mean 5 → 100, 1 evaluation.
    expect(scoresView(await must(ranking(owner, id)))).toEqual([
      { rank: 1, solution_id: S, score: 100, evaluations: 1, criteria: scoresOf([5]) },
    ]);
    // No longer on the jury: no ranking, no scoring.
    expect(isProblem(await ranking(J2, id), 404)).toBe(true);
    expect((await putEvaluation(J2, S, { scores: scoresOf([2]) })).status).toBe(404);
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

    const first = await putEvaluation(J1, S, { scores: scoresOf([5]), comment: 'first thoughts of juror one' });
    expect(first.status).toBe(200);
    expect(first.body.scores).toEqual(scoresOf([5]));
    // All 5 → 100.
    expect(scoresView(await must(ranking(owner, id)))[0]).toMatchObject({ score: 100, evaluations: 1 });

    // (2,3,2,4,1,5): (m−1)/4 = (.25, .5, .25, .75, 0, 1)
    //   → 30·.25 + 20·.5 + 15·.25 + 15·.75 + 10·0 + 10·1 = 7.5 + 10 + 3.75 + 11.25 + 0 + 10 = 42.5
    const revised = scoresOf([2, 3, 2, 4, 1, 5]);
    const second = await putEvaluation(J1, S, { scores: revised, comment: 'juror-one-secret-comment' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ solution_id: S, scores: revised, comment: 'juror-one-secret-comment' });
    expect(scoresView(await must(ranking(owner, id)))).toEqual([
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
      const res = await ranking(J, id);
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

    const open = await ranking(J, id);
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
    const res = await must(ranking(J, id));
    expect(res.body.view).toBe('full');
    expect((res.body.data as Entry[]).map((r) => r.solution_id)).toEqual([A]);
    expect(JSON.stringify(res.body)).not.toContain('Victor conflicted solution');
  });
});
