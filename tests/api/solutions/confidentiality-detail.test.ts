import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { putConflict, putEvaluation, scoresOf } from '../../helpers/evaluation';
import { type ApiResponse, api, isProblem, problemShape } from '../../helpers/http';
import { NOT_VISIBLE, patchSolution, withdrawSolution } from '../../helpers/solutions';
import { buildMatrix, KEYS, type Key, READ, WHO, type Who } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the confidentiality matrix of one challenge', () => {
  let users: Record<Who, TestUser | undefined>;
  let ids: Record<Key, string>;
  let titles: Record<Key, string>;
  beforeAll(async () => {
    ({ users, ids, titles } = await buildMatrix(world));
  });

  it('GET /solutions/{id}: exact status for every reader and every kind of solution', async () => {
    const observed = {} as Record<Who, Record<Key, number>>;
    const checks: Promise<void>[] = [];
    for (const who of WHO) {
      observed[who] = {} as Record<Key, number>;
      for (const key of KEYS) {
        checks.push(
          api(`/api/v1/solutions/${ids[key]}`, { token: users[who]?.token }).then((res) => {
            observed[who][key] = res.status;
            const where = `${who} reading ${key}`;
            if (res.status === 200) {
              expect(res.body.id, where).toBe(ids[key]);
              expect(res.body.title, where).toBe(titles[key]);
            } else if (res.status === 403) {
              expect(isProblem(res, 403, 'forbidden'), where).toBe(true);
              expect(res.body.detail, where).toMatch(/declare/i);
              expect(JSON.stringify(res.body), where).not.toContain(titles[key]);
            } else if (res.status === 404) {
              expect(isProblem(res, 404, 'not_found'), where).toBe(true);
              expect(res.body.detail, where).toBe(NOT_VISIBLE);
            } else if (res.status === 401) {
              expect(isProblem(res, 401, 'unauthorized'), where).toBe(true);
            }
          }),
        );
      }
    }
    await Promise.all(checks);
    expect(observed).toEqual(READ);
  });

  it('shows statuses as they are: the draft to its submitter, the withdrawn one to owner and submitter', async () => {
    const { solver, clinician } = world.users;
    expect((await api(`/api/v1/solutions/${ids.D}`, { token: solver.token })).body.status).toBe('draft');
    expect((await api(`/api/v1/solutions/${ids.W}`, { token: clinician.token })).body.status).toBe('withdrawn');
    const mine = await api(`/api/v1/solutions/${ids.A}`, { token: solver.token });
    expect(mine.body).toMatchObject({ status: 'submitted', feedback: null, my_evaluation: null });
  });

  it('answers a made-up id with exactly the 404 of an existing invisible solution, for every verb', async () => {
    const madeUp = crypto.randomUUID();
    const { outsider_solver: outsider, evaluator, other_moderator: otherModerator } = users;
    const pairs: [string, ApiResponse, ApiResponse][] = [
      [
        'outsider GET',
        await api(`/api/v1/solutions/${ids.A}`, { token: outsider?.token }),
        await api(`/api/v1/solutions/${madeUp}`, { token: outsider?.token }),
      ],
      [
        'conflicted juror GET',
        await api(`/api/v1/solutions/${ids.B}`, { token: evaluator?.token }),
        await api(`/api/v1/solutions/${madeUp}`, { token: evaluator?.token }),
      ],
      [
        'owner GET of a draft',
        await api(`/api/v1/solutions/${ids.D}`, { token: world.users.clinician.token }),
        await api(`/api/v1/solutions/${madeUp}`, { token: world.users.clinician.token }),
      ],
      [
        'other moderator PATCH',
        await patchSolution(otherModerator, ids.A, { version: 1, title: 'Not mine to change' }),
        await patchSolution(otherModerator, madeUp, { version: 1, title: 'Not mine to change' }),
      ],
      ['outsider withdraw', await withdrawSolution(outsider, ids.A), await withdrawSolution(outsider, madeUp)],
      [
        'outsider conflict',
        await putConflict(outsider, ids.A, { conflict: false }),
        await putConflict(outsider, madeUp, { conflict: false }),
      ],
      [
        'conflicted juror evaluation',
        await putEvaluation(evaluator, ids.B, { scores: scoresOf([5]) }),
        await putEvaluation(evaluator, madeUp, { scores: scoresOf([5]) }),
      ],
    ];
    for (const [what, hidden, missing] of pairs) {
      expect(problemShape(hidden), what).toEqual({
        status: 404,
        type: '/problems/not_found',
        title: 'Not found',
        detail: NOT_VISIBLE,
      });
      expect(problemShape(missing), what).toEqual(problemShape(hidden));
    }
    // Anonymous callers learn nothing either: 401 before any lookup.
    const anonExisting = await api(`/api/v1/solutions/${ids.A}`);
    const anonMissing = await api(`/api/v1/solutions/${madeUp}`);
    expect(isProblem(anonExisting, 401, 'unauthorized')).toBe(true);
    expect(problemShape(anonMissing)).toEqual(problemShape(anonExisting));
  });
});
