import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declarationsOf,
  declare,
  evaluate,
  jury,
  putConflict,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, isProblem, must, problemShape } from '../../helpers/http';
import { draftSolution, hideSolution, NOT_VISIBLE, submitSolution, withdrawSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('conflicts of interest', () => {
  it('are declared by jury members only: others 403 if they see the solution, 404 if not, 401 anonymous', async () => {
    const { clinician, moderator, solver, admin, evaluator, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    const cases: [string, TestUser | undefined, number][] = [
      ['owner', clinician, 403],
      ['moderator', moderator, 403],
      ['admin', admin, 403],
      ['submitter', solver, 403],
      ['another solver', await registerUser('solver'), 404],
      ['other moderator', otherModerator, 404],
      ['anonymous', undefined, 401],
    ];
    for (const [who, user, status] of cases) {
      const res = await putConflict(user, s, { conflict: false });
      expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await declarationsOf(s)).toBe(0);
    const res = await putConflict(evaluator, s, { conflict: false, note: 'No ties to this company.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ solution_id: s, conflict: false, note: 'No ties to this company.' });
  });

  for (const kind of ['draft', 'withdrawn', 'hidden'] as const) {
    it(`are not taken on a ${kind} solution the juror cannot see: the same 404 as for a missing one`, async () => {
      const { clinician, moderator, solver, evaluator } = world.users;
      const id = await openChallenge(clinician, moderator, world.cluster.slug);
      let s: string;
      if (kind === 'draft') s = await draftSolution(solver, id);
      else {
        s = await submitSolution(solver, id);
        if (kind === 'withdrawn') await must(withdrawSolution(solver, s));
        else await hideSolution(clinician, moderator, s);
      }
      await assignJury(clinician, id, evaluator);
      expect(isProblem(await api(`/api/v1/solutions/${s}`, { token: evaluator.token }), 404)).toBe(true);
      const res = await putConflict(evaluator, s, { conflict: false });
      expect(problemShape(res)).toEqual({
        status: 404,
        type: '/problems/not_found',
        title: 'Not found',
        detail: NOT_VISIBLE,
      });
      expect(await declarationsOf(s)).toBe(0);
    });
  }

  it('can be revised: a conflict hides the solution from the juror, clearing it shows it again', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    const sees = async () => (await api(`/api/v1/solutions/${s}`, { token: evaluator.token })).status;
    const listed = async () =>
      (await api(`/api/v1/challenges/${id}/solutions`, { token: evaluator.token })).body.data.map(
        (x: { id: string; my_conflict: boolean | null }) => [x.id, x.my_conflict],
      );
    expect(await sees()).toBe(403);
    expect(await listed()).toEqual([[s, null]]);
    await declare(evaluator, s, false);
    expect(await sees()).toBe(200);
    expect(await listed()).toEqual([[s, false]]);
    await declare(evaluator, s, true);
    expect(await sees()).toBe(404);
    expect(await listed()).toEqual([]);
    await declare(evaluator, s, false);
    expect(await sees()).toBe(200);
    const stored = await env.DB.prepare('SELECT conflict FROM conflict_declarations WHERE solution_id = ?')
      .bind(s)
      .all<{ conflict: number }>();
    expect(stored.results).toEqual([{ conflict: 0 }]);
  });

  it('stop a conflicted juror from scoring (404) and take their existing evaluation out of the ranking', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await declare(evaluator, s, false);
    await evaluate(evaluator, s, scoresOf([5]), 'Convincing.');
    const entry = async () => {
      const res = await ranking(clinician, id);
      return res.body.data.map((r: { solution_id: string; score: number | null; evaluations: number }) => [
        r.solution_id,
        r.score,
        r.evaluations,
      ]);
    };
    expect(await entry()).toEqual([[s, 100, 1]]);
    await declare(evaluator, s, true);
    const res = await putEvaluation(evaluator, s, { scores: scoresOf([1]) });
    expect(isProblem(res, 404, 'not_found')).toBe(true);
    expect(res.body.detail).toBe(NOT_VISIBLE);
    expect(await entry()).toEqual([[s, null, 0]]);
    const stored = await env.DB.prepare('SELECT scores FROM evaluations WHERE solution_id = ?')
      .bind(s)
      .first<{ scores: string }>();
    expect(JSON.parse(stored!.scores)).toEqual(scoresOf([5]));
    const member = await jury(clinician, id, evaluator.id, 'GET');
    // The stored score no longer counts, so it is not counted as done either.
    expect(member.body).toMatchObject({ declared: 1, conflicts: 1, scored: 0 });
  });
});
