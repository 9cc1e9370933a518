import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, withOverrides } from '../../helpers/evaluation';
import { api, isProblem } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('a challenge from solutions to decision', () => {
  it('runs submit → jury → conflicts → scores → ranking → decision → public results', async () => {
    const { clinician: owner, moderator, evaluator, solver } = world.users;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const otherSolver = await registerUser('solver');
    const a = await submitSolution(solver, id, { title: 'Solution A from the solver' });
    const b = await submitSolution(otherSolver, id, { title: 'Solution B, kept private', summary_public: false });
    const juror2 = await registerUser('clinician');
    await assignJury(owner, id, evaluator);
    await assignJury(moderator, id, juror2);
    expect((await transition(owner, id, 'start_evaluation')).status).toBe(200);

    // Before declaring, a jury member sees the solution exists but not its details.
    const before = await api(`/api/v1/solutions/${a}`, { token: evaluator.token });
    expect(isProblem(before, 403, 'forbidden')).toBe(true);
    await declare(evaluator, a, false);
    await declare(evaluator, b, true);
    await declare(juror2, a, false);
    await declare(juror2, b, false);
    expect((await api(`/api/v1/solutions/${a}`, { token: evaluator.token })).status).toBe(200);
    expect(isProblem(await api(`/api/v1/solutions/${b}`, { token: evaluator.token }), 404)).toBe(true);

    await evaluate(evaluator, a, scoresOf([5, 4, 3, 4, 5, 2]));
    await evaluate(juror2, a, scoresOf([3]));
    await evaluate(juror2, b, scoresOf([4]));
    const conflicted = await api(`/api/v1/solutions/${b}/evaluation`, {
      method: 'PUT',
      token: evaluator.token,
      body: { scores: scoresOf([5]) },
    });
    expect(conflicted.status).toBe(404);

    const ranking = await api(`/api/v1/challenges/${id}/ranking`, { token: owner.token });
    expect(ranking.status).toBe(200);
    expect(ranking.body.view).toBe('full');
    // A: means 4,3.5,3,3.5,4,2.5 → (30·.75+20·.625+15·.5+15·.625+10·.75+10·.375)/100·100 = 63.125
    // B: all 4 → 75
    expect(
      ranking.body.data.map((r: { solution_id: string; score: number; evaluations: number }) => [
        r.solution_id,
        r.score,
        r.evaluations,
      ]),
    ).toEqual([
      [b, 75, 1],
      [a, 63.13, 2],
    ]);
    expect(isProblem(await api(`/api/v1/challenges/${id}/ranking`, { token: solver.token }), 404)).toBe(true);

    const decision = await api(`/api/v1/challenges/${id}/decision`, {
      token: owner.token,
      body: withOverrides({ winners: [a], shortlist: [b], note: 'Pilot with A; B shortlisted.' }),
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(200);
    expect(decision.body.status).toBe('decided');
    const pub = await api(`/api/v1/challenges/${id}/ranking`);
    expect(pub.status).toBe(200);
    expect(pub.body.view).toBe('public');
    expect(pub.body.data).toEqual([
      expect.objectContaining({
        rank: 1,
        solution_id: a,
        status: 'winner',
        score: 63.13,
        title: 'Solution A from the solver',
      }),
    ]);
    expect((await api(`/api/v1/solutions/${b}`, { token: otherSolver.token })).body.status).toBe('shortlisted');
  });
});
