import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { decide, declare, evaluate, ranking, scoresOf } from '../../helpers/evaluation';
import { api, isProblem } from '../../helpers/http';
import { buildMatrix, KEYS, type Key, READ, row, WHO, type Who } from './fixtures';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the confidentiality matrix of one challenge', () => {
  let users: Record<Who, TestUser | undefined>;
  let challenge: string;
  let ids: Record<Key, string>;
  let titles: Record<Key, string>;
  let keyOf: (id: string) => string;
  beforeAll(async () => {
    ({ users, challenge, ids, titles, keyOf } = await buildMatrix(world));
  });

  const RANKING_BEFORE: Record<Who, number> = {
    anonymous: 401,
    clinician: 200,
    solver: 404,
    another_solver: 404,
    outsider_solver: 404,
    evaluator: 403,
    other_juror: 200,
    lazy_juror: 403,
    moderator: 200,
    other_moderator: 404,
    admin: 200,
  };

  it('GET /challenges/{id}/ranking before the decision: full for insiders and finished jurors only', async () => {
    const observed = {} as Record<Who, number>;
    await Promise.all(
      WHO.map(async (who) => {
        const res = await ranking(users[who], challenge);
        observed[who] = res.status;
        if (res.status === 200) {
          expect(res.body.view, who).toBe('full');
          expect(
            res.body.data.map((r: { rank: number; solution_id: string; score: number; evaluations: number }) => [
              r.rank,
              keyOf(r.solution_id),
              r.score,
              r.evaluations,
            ]),
            who,
          ).toEqual([
            [1, 'B', 100, 1],
            [2, 'A', 50, 1],
            [3, 'C', 25, 1],
          ]);
        } else if (res.status === 403) {
          expect(isProblem(res, 403, 'forbidden'), who).toBe(true);
          expect(JSON.stringify(res.body)).not.toContain(titles.A);
        } else if (res.status === 404) {
          expect(isProblem(res, 404, 'not_found'), who).toBe(true);
        } else {
          expect(isProblem(res, 401, 'unauthorized'), who).toBe(true);
        }
      }),
    );
    expect(observed).toEqual(RANKING_BEFORE);
  });

  it('opens the ranking to a juror once they scored every solution they may (not the conflicted one)', async () => {
    const { evaluator } = world.users;
    await evaluate(evaluator, ids.A, scoresOf([3]));
    expect(isProblem(await ranking(evaluator, challenge), 403, 'forbidden')).toBe(true);
    await declare(evaluator, ids.C, false);
    expect(isProblem(await ranking(evaluator, challenge), 403, 'forbidden')).toBe(true);
    await evaluate(evaluator, ids.C, scoresOf([2]));
    const res = await ranking(evaluator, challenge);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe('full');
    expect(
      res.body.data.map((r: { solution_id: string; evaluations: number }) => [keyOf(r.solution_id), r.evaluations]),
    ).toEqual([
      // B is left out: the evaluator declared a conflict on it, so they may not see it here either.
      ['A', 2],
      ['C', 2],
    ]);
    // The lazy juror still has not scored anything.
    expect(isProblem(await ranking(users.lazy_juror, challenge), 403, 'forbidden')).toBe(true);
  });

  it('after the decision: public results (public summaries only, renumbered) for all who see the challenge', async () => {
    const decision = await decide(world.users.clinician, challenge, { winners: [ids.A], shortlist: [ids.B] });
    expect(decision.status, JSON.stringify(decision.body)).toBe(200);
    const FULL: Who[] = ['clinician', 'moderator', 'admin', 'evaluator', 'other_juror'];
    await Promise.all(
      WHO.map(async (who) => {
        const res = await ranking(users[who], challenge);
        expect(res.status, who).toBe(200);
        const rows = res.body.data.map((r: { rank: number; solution_id: string; status: string; summary: string }) => [
          r.rank,
          keyOf(r.solution_id),
          r.status,
        ]);
        if (who === 'evaluator') {
          // Conflicted on B: their full view leaves it out.
          expect(res.body.view, who).toBe('full');
          expect(rows, who).toEqual([
            [2, 'A', 'winner'],
            [3, 'C', 'not_selected'],
          ]);
        } else if (FULL.includes(who)) {
          expect(res.body.view, who).toBe('full');
          expect(rows, who).toEqual([
            [1, 'B', 'shortlisted'],
            [2, 'A', 'winner'],
            [3, 'C', 'not_selected'],
          ]);
        } else {
          expect(res.body.view, who).toBe('public');
          expect(rows, who).toEqual([
            [1, 'A', 'winner'],
            [2, 'C', 'not_selected'],
          ]);
          expect(res.body.data[0]).toMatchObject({ title: titles.A, score: 50, summary: expect.any(String) });
          const text = JSON.stringify(res.body);
          for (const key of ['B', 'D', 'H', 'W'] as const) {
            expect(text, `${who}: ${key}`).not.toContain(ids[key]);
            expect(text, `${who}: ${key}`).not.toContain(titles[key]);
          }
        }
      }),
    );
  });

  it('after the decision the solutions stay confidential; their submitters see the outcome', async () => {
    const observed = {} as Record<Who, Record<Key, number>>;
    await Promise.all(
      WHO.flatMap((who) =>
        KEYS.map(async (key) => {
          observed[who] ??= {} as Record<Key, number>;
          observed[who][key] = (await api(`/api/v1/solutions/${ids[key]}`, { token: users[who]?.token })).status;
        }),
      ),
    );
    // The evaluator has declared on C since; everything else is as before the decision.
    expect(observed).toEqual({ ...READ, evaluator: row(404, { A: 200, C: 200 }) });
    const statusFor = async (who: Who, key: Key) =>
      (await api(`/api/v1/solutions/${ids[key]}`, { token: users[who]?.token })).body.status;
    expect(await statusFor('solver', 'A')).toBe('winner');
    expect(await statusFor('another_solver', 'B')).toBe('shortlisted');
    expect(await statusFor('another_solver', 'C')).toBe('not_selected');
    expect(await statusFor('another_solver', 'W')).toBe('withdrawn');
    expect(await statusFor('solver', 'D')).toBe('draft');
  });
});
