import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, ROLES, type Role, registerUser, type TestUser, type World } from './helpers/actors';
import { createDraft, openChallenge, transition } from './helpers/challenges';
import { type ApiResponse, api, isProblem } from './helpers/http';
import { assignJury, declare, evaluate, scoresOf, solutionBody, submitSolution } from './helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const unique = () => crypto.randomUUID().slice(0, 8);
const NOT_VISIBLE = 'There is no such solution, or it is not visible to you.';

const count = async (query: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(query)
      .bind(...binds)
      .first<{ n: number }>()
  )?.n ?? 0;
const solutionsTitled = (title: string) => count('SELECT count(*) AS n FROM solutions WHERE title = ?', title);
const evaluationsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', solutionId);
const declarationsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM conflict_declarations WHERE solution_id = ?', solutionId);
const juryRows = (challengeId: string) =>
  count('SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ?', challengeId);
const solutionRow = (id: string) =>
  env.DB.prepare('SELECT status, version, title, links FROM solutions WHERE id = ?')
    .bind(id)
    .first<{ status: string; version: number; title: string; links: string }>();

/** The public parts of a problem document: what must not differ between "missing" and "hidden". */
const problemShape = (res: ApiResponse) => ({
  status: res.status,
  type: res.body?.type,
  title: res.body?.title,
  detail: res.body?.detail,
});

const solverWithOrg = (name: string) =>
  registerUser('solver', { organization: { name, kind: 'startup', country: 'DE' } });

/** A solution saved as a draft (not submitted). */
async function draftSolution(solver: TestUser, challengeId: string, overrides: Record<string, unknown> = {}) {
  const res = await api(`/api/v1/challenges/${challengeId}/solutions`, {
    token: solver.token,
    body: solutionBody(overrides),
  });
  if (res.status !== 201) throw new Error(`draft solution failed: ${res.status} ${JSON.stringify(res.body)}`);
  expect(res.body.status).toBe('draft');
  return res.body.id as string;
}

async function ok(res: Promise<ApiResponse>, status = 200) {
  const r = await res;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

const startEvaluation = (user: TestUser, id: string) => ok(transition(user, id, 'start_evaluation'));
const withdraw = (user: TestUser | undefined, id: string) =>
  api(`/api/v1/solutions/${id}/withdraw`, { method: 'POST', token: user?.token });
const patch = (
  user: TestUser | undefined,
  id: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => api(`/api/v1/solutions/${id}`, { method: 'PATCH', token: user?.token, body, headers });
const decide = (user: TestUser | undefined, id: string, body: Record<string, unknown>) =>
  api(`/api/v1/challenges/${id}/decision`, { token: user?.token, body });
const putConflict = (user: TestUser | undefined, id: string, body: unknown) =>
  api(`/api/v1/solutions/${id}/conflict`, { method: 'PUT', token: user?.token, body });
const putEvaluation = (user: TestUser | undefined, id: string, body: unknown) =>
  api(`/api/v1/solutions/${id}/evaluation`, { method: 'PUT', token: user?.token, body });
const jury = (user: TestUser | undefined, challengeId: string, userId: string, method: 'GET' | 'PUT' | 'DELETE') =>
  api(`/api/v1/challenges/${challengeId}/evaluators/${userId}`, { method, token: user?.token });
const ranking = (user: TestUser | undefined, challengeId: string) =>
  api(`/api/v1/challenges/${challengeId}/ranking`, { token: user?.token });

/** Hides a solution the way moderators do: a report, resolved with `hide`. */
async function hideSolution(reporter: TestUser, moderator: TestUser, solutionId: string) {
  const report = await ok(
    api('/api/v1/reports', {
      token: reporter.token,
      body: { entity_type: 'solution', entity_id: solutionId, reason: 'It names a patient; please take it down.' },
    }),
    201,
  );
  await ok(api(`/api/v1/reports/${report.body.id}/resolution`, { token: moderator.token, body: { action: 'hide' } }));
}

describe('the confidentiality matrix of one challenge', () => {
  type Who = Role | 'another_solver' | 'outsider_solver' | 'other_juror' | 'lazy_juror';
  const WHO: Who[] = [...ROLES, 'another_solver', 'outsider_solver', 'other_juror', 'lazy_juror'];
  /**
   * A: solver, submitted (summary public) · D: solver, draft · H: solver, submitted then hidden ·
   * B: another solver, submitted (summary private; the evaluator declared a conflict) ·
   * C: another solver, submitted (summary public; the evaluator has not declared) · W: another solver, withdrawn.
   */
  const KEYS = ['A', 'D', 'H', 'B', 'C', 'W'] as const;
  type Key = (typeof KEYS)[number];
  const ids = {} as Record<Key, string>;
  const titles = {} as Record<Key, string>;
  const keyOf = (id: string) => KEYS.find((k) => ids[k] === id) ?? `unknown:${id}`;
  let users: Record<Who, TestUser | undefined>;
  let challenge: string;
  const anotherOrg = `Second Solver GmbH ${unique()}`;

  beforeAll(async () => {
    const { clinician: owner, moderator, evaluator, solver } = world.users;
    const [anotherSolver, outsiderSolver, otherJuror, lazyJuror] = await Promise.all([
      solverWithOrg(anotherOrg),
      registerUser('solver'),
      registerUser('clinician'),
      registerUser('clinician'),
    ]);
    users = {
      anonymous: undefined,
      ...world.users,
      another_solver: anotherSolver,
      outsider_solver: outsiderSolver,
      other_juror: otherJuror,
      lazy_juror: lazyJuror,
    };
    challenge = await openChallenge(owner, moderator, world.cluster.slug);
    for (const key of KEYS) titles[key] = `Confidential solution ${key} ${unique()}`;
    ids.A = await submitSolution(solver, challenge, { title: titles.A, summary_public: true });
    ids.D = await draftSolution(solver, challenge, { title: titles.D });
    ids.H = await submitSolution(solver, challenge, { title: titles.H });
    ids.B = await submitSolution(anotherSolver, challenge, { title: titles.B, summary_public: false });
    ids.C = await submitSolution(anotherSolver, challenge, { title: titles.C, summary_public: true });
    ids.W = await submitSolution(anotherSolver, challenge, { title: titles.W });
    await ok(withdraw(anotherSolver, ids.W));
    await hideSolution(owner, moderator, ids.H);
    await assignJury(owner, challenge, evaluator);
    await assignJury(moderator, challenge, otherJuror);
    await assignJury(owner, challenge, lazyJuror);
    await startEvaluation(owner, challenge);
    await declare(evaluator, ids.A, false);
    await declare(evaluator, ids.B, true);
    for (const key of ['A', 'B', 'C'] as const) await declare(otherJuror, ids[key], false);
    await evaluate(otherJuror, ids.A, scoresOf([3]));
    await evaluate(otherJuror, ids.B, scoresOf([5]));
    await evaluate(otherJuror, ids.C, scoresOf([2]));
  });

  const row = (all: number, except: Partial<Record<Key, number>> = {}) =>
    Object.fromEntries(KEYS.map((k) => [k, except[k] ?? all])) as Record<Key, number>;
  const INSIDER = row(200, { D: 404 });
  const READ: Record<Who, Record<Key, number>> = {
    anonymous: row(401),
    clinician: row(200, { D: 404, H: 404 }),
    solver: row(404, { A: 200, D: 200, H: 200 }),
    another_solver: row(404, { B: 200, C: 200, W: 200 }),
    outsider_solver: row(404),
    evaluator: row(404, { A: 200, C: 403 }),
    other_juror: row(404, { A: 200, B: 200, C: 200 }),
    lazy_juror: row(404, { A: 403, B: 403, C: 403 }),
    moderator: INSIDER,
    other_moderator: row(404),
    admin: INSIDER,
  };

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
        await patch(otherModerator, ids.A, { version: 1, title: 'Not mine to change' }),
        await patch(otherModerator, madeUp, { version: 1, title: 'Not mine to change' }),
      ],
      ['outsider withdraw', await withdraw(outsider, ids.A), await withdraw(outsider, madeUp)],
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

  const LIST: Record<Who, Key[] | 401> = {
    anonymous: 401,
    clinician: ['A', 'B', 'C', 'W'],
    solver: ['A', 'D', 'H'],
    another_solver: ['B', 'C', 'W'],
    outsider_solver: [],
    evaluator: ['A', 'C'],
    other_juror: ['A', 'B', 'C'],
    lazy_juror: ['A', 'B', 'C'],
    moderator: ['A', 'H', 'B', 'C', 'W'],
    other_moderator: [],
    admin: ['A', 'H', 'B', 'C', 'W'],
  };
  /** Items listed with title and organization only (jury members who have not declared yet). */
  const UNCLEARED: Partial<Record<Who, Key[]>> = { evaluator: ['C'], lazy_juror: ['A', 'B', 'C'] };

  it('GET /challenges/{id}/solutions: which ids each reader gets, counted once, details only once cleared', async () => {
    const observed = {} as Record<Who, Key[] | 401>;
    await Promise.all(
      WHO.map(async (who) => {
        const res = await api(`/api/v1/challenges/${challenge}/solutions`, { token: users[who]?.token });
        if (res.status === 401) {
          expect(isProblem(res, 401, 'unauthorized')).toBe(true);
          observed[who] = 401;
          return;
        }
        expect(res.status, who).toBe(200);
        const items = res.body.data as {
          id: string;
          title: string;
          organization: string | null;
          summary: string | null;
          trl: number | null;
          mine: boolean;
        }[];
        const keys = items.map((i) => keyOf(i.id));
        expect(new Set(keys).size, `${who} sees each solution once`).toBe(items.length);
        observed[who] = [...keys].sort() as Key[];
        for (const item of items) {
          const key = keyOf(item.id) as Key;
          const where = `${who} listing ${key}`;
          expect(item.title, where).toBe(titles[key]);
          expect(item.organization, where).toBe(['B', 'C', 'W'].includes(key) ? anotherOrg : null);
          if (UNCLEARED[who]?.includes(key)) {
            expect(item.summary, where).toBeNull();
            expect(item.trl, where).toBeNull();
          } else {
            expect(item.summary, where).toEqual(expect.any(String));
            expect(item.trl, where).toBe(6);
          }
        }
      }),
    );
    const expected = Object.fromEntries(
      WHO.map((who) => {
        const list = LIST[who];
        return [who, list === 401 ? 401 : [...list].sort()];
      }),
    );
    expect(observed).toEqual(expected);
  });

  it('GET /challenges/{id} (detail) leaks no solution count, id or title to anyone', async () => {
    await Promise.all(
      WHO.map(async (who) => {
        const res = await api(`/api/v1/challenges/${challenge}`, { token: users[who]?.token });
        expect(res.status, who).toBe(200);
        const text = JSON.stringify(res.body);
        for (const key of KEYS) {
          expect(text, `${who}: ${key}`).not.toContain(ids[key]);
          expect(text, `${who}: ${key}`).not.toContain(titles[key]);
        }
        const keys: string[] = [];
        const walk = (value: unknown) => {
          if (value && typeof value === 'object') {
            for (const [k, v] of Object.entries(value)) {
              keys.push(k);
              walk(v);
            }
          }
        };
        walk(res.body);
        expect(
          keys.filter((k) => /solution|submission|evaluat|jury/i.test(k)),
          who,
        ).toEqual([]);
      }),
    );
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

describe('submitting solutions', () => {
  it('lets only solver accounts submit: clinicians 403, anonymous 401, nothing written', async () => {
    const { clinician, moderator, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const title = `Refused submission ${unique()}`;
    const body = { ...solutionBody({ title }), submit: true };
    for (const user of [clinician, evaluator, moderator]) {
      const res = await api(`/api/v1/challenges/${id}/solutions`, { token: user.token, body });
      expect(isProblem(res, 403, 'forbidden')).toBe(true);
    }
    expect(isProblem(await api(`/api/v1/challenges/${id}/solutions`, { body }), 401, 'unauthorized')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
  });

  it('accepts solutions only while the challenge is open: draft and in_review are invisible, evaluation 409', async () => {
    const { clinician, moderator, solver } = world.users;
    const title = `Too early or too late ${unique()}`;
    const body = { ...solutionBody({ title }), submit: true };
    const draft = await createDraft(clinician, world.cluster.slug);
    const inReview = await createDraft(clinician, world.cluster.slug);
    await ok(transition(clinician, inReview.id, 'submit'));
    for (const id of [draft.id, inReview.id]) {
      const res = await api(`/api/v1/challenges/${id}/solutions`, { token: solver.token, body });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(res.body.detail).toBe('There is no such challenge, or it is not visible to you.');
    }
    const inEvaluation = await openChallenge(clinician, moderator, world.cluster.slug);
    await startEvaluation(clinician, inEvaluation);
    const late = await api(`/api/v1/challenges/${inEvaluation}/solutions`, { token: solver.token, body });
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('evaluation');
    // A draft is refused the same way.
    const lateDraft = await api(`/api/v1/challenges/${inEvaluation}/solutions`, {
      token: solver.token,
      body: solutionBody({ title }),
    });
    expect(isProblem(lateDraft, 409, 'invalid_state')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
  });

  it('refuses a solution from a member of the challenge’s jury (409), but not on another challenge', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const elsewhere = await openChallenge(clinician, moderator, world.cluster.slug);
    const juror = await registerUser('solver');
    await assignJury(clinician, id, juror);
    const title = `Juror's own solution ${unique()}`;
    const res = await api(`/api/v1/challenges/${id}/solutions`, {
      token: juror.token,
      body: { ...solutionBody({ title }), submit: true },
    });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
    await submitSolution(juror, elsewhere, { title });
    expect(await solutionsTitled(title)).toBe(1);
  });

  it('keeps no one off the jury for a draft the owner cannot see, but a juror cannot submit it (409)', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const author = await registerUser('solver');
    const draft = await draftSolution(author, id, { title: `A draft the owner never sees ${unique()}` });
    await assignJury(clinician, id, author);
    const res = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: author.token });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    const row = await env.DB.prepare('SELECT status FROM solutions WHERE id = ?').bind(draft).first();
    expect(row).toEqual({ status: 'draft' });
    // A submitted solution still keeps its author off the jury.
    const submitter = await registerUser('solver');
    await submitSolution(submitter, id);
    const refused = await api(`/api/v1/challenges/${id}/evaluators/${submitter.id}`, {
      method: 'PUT',
      token: clinician.token,
    });
    expect(isProblem(refused, 409, 'duplicate')).toBe(true);
  });

  it('lets one solver submit several solutions; each is listed exactly once, across pages too', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const mine = [
      await submitSolution(solver, id, { title: `First of several ${unique()}` }),
      await submitSolution(solver, id, { title: `Second of several ${unique()}` }),
      await draftSolution(solver, id, { title: `Third of several ${unique()}` }),
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse = await api(
        `/api/v1/challenges/${id}/solutions?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: solver.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(1);
      seen.push(...res.body.data.map((s: { id: string; mine: boolean }) => s.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...mine].sort());
    const byOwner = await api(`/api/v1/challenges/${id}/solutions`, { token: clinician.token });
    expect(byOwner.body.data.map((s: { id: string }) => s.id).sort()).toEqual(mine.slice(0, 2).sort());
    expect(byOwner.body.data.every((s: { mine: boolean }) => !s.mine)).toBe(true);
  });

  it('lets the submitter edit while open with the version (412 stale, 400 without, If-Match accepted)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, id);
    const first = await patch(solver, solution, { version: 1, title: 'Same-day NGS panel, revised' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 2, title: 'Same-day NGS panel, revised', status: 'submitted' });

    const stale = await patch(solver, solution, { version: 1, title: 'Edit based on the old version' });
    expect(isProblem(stale, 412, 'stale_version')).toBe(true);
    expect(stale.body.current_version).toBe(2);

    const missing = await patch(solver, solution, { title: 'Edit that says no version' });
    expect(isProblem(missing, 400, 'validation_failed')).toBe(true);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['version']);

    const read = await api(`/api/v1/solutions/${solution}`, { token: solver.token });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"v2-[0-9a-f]+"$/);
    const viaHeader = await patch(solver, solution, { trl: 7 }, { 'if-match': etag });
    expect(viaHeader.status, JSON.stringify(viaHeader.body)).toBe(200);
    expect(viaHeader.body).toMatchObject({ version: 3, trl: 7 });
    const staleHeader = await patch(solver, solution, { trl: 8 }, { 'if-match': etag });
    expect(isProblem(staleHeader, 412, 'stale_version')).toBe(true);
    expect(await solutionRow(solution)).toMatchObject({ version: 3, title: 'Same-day NGS panel, revised' });
  });

  it('changes only the fields an edit sends (links and the rest stay)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const links = ['https://vendor.example/panel', 'https://vendor.example/white-paper'];
    const solution = await submitSolution(solver, id, { links, ip_status: 'open_source', summary_public: true });
    const res = await patch(solver, solution, { version: 1, title: 'Only the title changes here' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Only the title changes here',
      links,
      ip_status: 'open_source',
      summary_public: true,
      trl: 6,
    });
    expect(JSON.parse((await solutionRow(solution))!.links)).toEqual(links);
  });

  it('refuses edits once the challenge has left open (409 naming the state), and edits of withdrawn ones', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const kept = await submitSolution(solver, id);
    const gone = await submitSolution(solver, id);
    await ok(withdraw(solver, gone));
    const onWithdrawn = await patch(solver, gone, { version: 2, title: 'Edit after withdrawing' });
    expect(isProblem(onWithdrawn, 409, 'invalid_state')).toBe(true);
    expect(onWithdrawn.body.current_state).toBe('withdrawn');
    await startEvaluation(clinician, id);
    const late = await patch(solver, kept, { version: 1, title: 'Edit during evaluation' });
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('evaluation');
    expect(await solutionRow(kept)).toMatchObject({ version: 1, title: solutionBody().title });
  });

  it('submits a draft through POST /solutions/{id}/submit, once', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, id);
    expect(isProblem(await api(`/api/v1/solutions/${draft}`, { token: clinician.token }), 404)).toBe(true);
    const res = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', version: 2, submitted_at: expect.any(String) });
    expect((await api(`/api/v1/solutions/${draft}`, { token: clinician.token })).status).toBe(200);
    const again = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token });
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect(again.body.current_state).toBe('submitted');
  });

  it('withdraws a solution: status withdrawn, gone from the jury’s list, their view and the ranking', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const stays = await submitSolution(solver, id, { title: `Stays in the race ${unique()}` });
    const leaves = await submitSolution(solver, id, { title: `Leaves the race ${unique()}` });
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await declare(evaluator, stays, false);
    await declare(evaluator, leaves, false);
    const listed = async () =>
      (await api(`/api/v1/challenges/${id}/solutions`, { token: evaluator.token })).body.data
        .map((s: { id: string }) => s.id)
        .sort();
    expect(await listed()).toEqual([stays, leaves].sort());

    const res = await withdraw(solver, leaves);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect((await solutionRow(leaves))?.status).toBe('withdrawn');
    expect(await listed()).toEqual([stays]);
    expect(isProblem(await api(`/api/v1/solutions/${leaves}`, { token: evaluator.token }), 404)).toBe(true);
    expect(isProblem(await putEvaluation(evaluator, leaves, { scores: scoresOf([4]) }), 404)).toBe(true);
    const ranked = await ranking(clinician, id);
    expect(ranked.body.data.map((r: { solution_id: string }) => r.solution_id)).toEqual([stays]);
    // Scoring the one left is all the juror may do, so the ranking opens to them.
    await evaluate(evaluator, stays, scoresOf([4]));
    const theirs = await ranking(evaluator, id);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.map((r: { solution_id: string }) => r.solution_id)).toEqual([stays]);
    const again = await withdraw(solver, leaves);
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect(again.body.current_state).toBe('withdrawn');
  });

  it('lets nobody but the submitter edit, submit or withdraw: 403 if they can see it, 404 if not', async () => {
    const { clinician, moderator, solver, evaluator, admin, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const submitted = await submitSolution(solver, id);
    const draft = await draftSolution(solver, id);
    const anotherSolver = await registerUser('solver');
    await assignJury(clinician, id, evaluator);
    await declare(evaluator, submitted, false);
    const expectations: [string, TestUser | undefined, string, number][] = [
      ['owner', clinician, submitted, 403],
      ['moderator', moderator, submitted, 403],
      ['admin', admin, submitted, 403],
      ['cleared juror', evaluator, submitted, 403],
      ['another solver', anotherSolver, submitted, 404],
      ['other moderator', otherModerator, submitted, 404],
      ['anonymous', undefined, submitted, 401],
      ['owner on a draft', clinician, draft, 404],
      ['moderator on a draft', moderator, draft, 404],
      ['another solver on a draft', anotherSolver, draft, 404],
    ];
    for (const [who, user, solution, status] of expectations) {
      const attempts = [
        await patch(user, solution, { version: 1, title: `Edited by ${who}` }),
        await withdraw(user, solution),
        await api(`/api/v1/solutions/${solution}/submit`, { method: 'POST', token: user?.token }),
      ];
      for (const res of attempts) expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await solutionRow(submitted)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await solutionRow(draft)).toMatchObject({ status: 'draft', version: 1 });
  });
});

describe('bad inputs', () => {
  let open: string;
  let solution: string;
  let scored: string;
  const juror = () => world.users.evaluator;
  beforeAll(async () => {
    const { clinician, moderator, solver } = world.users;
    open = await openChallenge(clinician, moderator, world.cluster.slug);
    solution = await submitSolution(solver, open);
    const inEvaluation = await openChallenge(clinician, moderator, world.cluster.slug);
    scored = await submitSolution(solver, inEvaluation);
    await assignJury(clinician, inEvaluation, juror());
    await startEvaluation(clinician, inEvaluation);
    await declare(juror(), scored, false);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['a title too short', { title: 'Tiny' }, 'title'],
    ['a summary too long', { summary: 'x'.repeat(1501) }, 'summary'],
    ['TRL 0', { trl: 0 }, 'trl'],
    ['TRL 10', { trl: 10 }, 'trl'],
    ["TRL 'six'", { trl: 'six' }, 'trl'],
    ['an unknown IP status', { ip_status: 'pending' }, 'ip_status'],
    ['a link that is not https', { links: ['http://vendor.example/panel'] }, 'links.0'],
    ['a link that is not a URL', { links: ['https://vendor.example/ok', 'not a url'] }, 'links.1'],
    ['11 links', { links: Array.from({ length: 11 }, (_, i) => `https://vendor.example/${i}`) }, 'links'],
    ['an unknown field', { price_eur: 1000 }, '(root)'],
    ['summary_public that is not a boolean', { summary_public: 'yes' }, 'summary_public'],
  ];
  for (const [what, override, path] of bad) {
    it(`refuses a solution with ${what}: 400 naming ${path}, nothing written`, async () => {
      const title = String(override.title ?? `Refused solution ${unique()}`);
      const res = await api(`/api/v1/challenges/${open}/solutions`, {
        token: world.users.solver.token,
        body: { ...solutionBody({ title, ...override }), submit: true },
      });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await solutionsTitled(title)).toBe(0);
    });

    it(`refuses an edit with ${what}: 400 naming ${path}, nothing changed`, async () => {
      const res = await patch(world.users.solver, solution, { version: 1, ...override });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await solutionRow(solution)).toMatchObject({ version: 1, title: solutionBody().title });
    });
  }

  it('refuses a conflict declaration without `conflict` (400), nothing written', async () => {
    for (const body of [{}, { note: 'I forgot the flag.' }, { conflict: 'no' }]) {
      const res = await putConflict(juror(), solution, body);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('conflict');
    }
    expect(await declarationsOf(solution)).toBe(0);
  });

  const badScores: [string, unknown, string][] = [
    ['a missing criterion', { scores: { ...scoresOf([4]), business_case: undefined } }, 'scores.business_case'],
    ['an extra criterion', { scores: { ...scoresOf([4]), novelty: 3 } }, 'scores.novelty'],
    ['a score of 0', { scores: { ...scoresOf([4]), clinical_impact: 0 } }, 'scores.clinical_impact'],
    ['a score of 6', { scores: { ...scoresOf([4]), clinical_impact: 6 } }, 'scores.clinical_impact'],
    ['a score of 2.5', { scores: { ...scoresOf([4]), clinical_impact: 2.5 } }, 'scores.clinical_impact'],
    ["a score of '4'", { scores: { ...scoresOf([4]), clinical_impact: '4' } }, 'scores.clinical_impact'],
    ['a comment over 4000 characters', { scores: scoresOf([4]), comment: 'x'.repeat(4001) }, 'comment'],
    ['no scores', { comment: 'Looks fine.' }, 'scores'],
  ];
  for (const [what, body, path] of badScores) {
    it(`refuses an evaluation with ${what}: 400 naming ${path}, nothing written`, async () => {
      const res = await putEvaluation(juror(), scored, body);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await evaluationsOf(scored)).toBe(0);
    });
  }
});

describe('managing the jury', () => {
  it('lets the owner and a moderator assign (idempotent, 200 with progress) and remove (204, then 404)', async () => {
    const { clinician, moderator, admin } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const member = await registerUser('clinician', { name: 'Dr. Jury Member' });
    const first = await jury(clinician, id, member.id, 'PUT');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      user_id: member.id,
      name: 'Dr. Jury Member',
      declared: 0,
      conflicts: 0,
      scored: 0,
      assigned_at: expect.any(String),
    });
    const again = await jury(moderator, id, member.id, 'PUT');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ user_id: member.id, assigned_at: first.body.assigned_at });
    expect(await juryRows(id)).toBe(1);
    expect((await jury(admin, id, member.id, 'GET')).body.user_id).toBe(member.id);

    const removed = await jury(moderator, id, member.id, 'DELETE');
    expect(removed.status).toBe(204);
    expect(await juryRows(id)).toBe(0);
    expect(isProblem(await jury(clinician, id, member.id, 'DELETE'), 404, 'not_found')).toBe(true);
    expect(isProblem(await jury(clinician, id, member.id, 'GET'), 404, 'not_found')).toBe(true);
    const list = await api(`/api/v1/challenges/${id}/evaluators`, { token: clinician.token });
    expect(list.body.data).toEqual([]);
  });

  it('refuses someone who submitted a solution to the challenge (409) and an unknown user (404)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    await submitSolution(solver, id);
    expect(isProblem(await jury(clinician, id, solver.id, 'PUT'), 409, 'duplicate')).toBe(true);
    expect(isProblem(await jury(clinician, id, crypto.randomUUID(), 'PUT'), 404, 'not_found')).toBe(true);
    expect(await juryRows(id)).toBe(0);
    // A draft is invisible to the owner, so it must not tell them anything (nor keep anyone off).
    const drafter = await registerUser('solver');
    await draftSolution(drafter, id);
    expect((await jury(moderator, id, drafter.id, 'PUT')).status).toBe(200);
    expect(await juryRows(id)).toBe(1);
  });

  it('refuses everyone else: 403 if they see the challenge, 404 if not, 401 anonymous; nothing written', async () => {
    const { clinician, moderator, solver, evaluator, other_moderator: otherModerator } = world.users;
    const open = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = (await createDraft(clinician, world.cluster.slug)).id;
    await assignJury(clinician, open, evaluator);
    const target = await registerUser('clinician');
    const cases: [string, TestUser | undefined, string, number][] = [
      ['solver', solver, open, 403],
      ['other moderator', otherModerator, open, 403],
      ['jury member', evaluator, open, 403],
      ['anonymous', undefined, open, 401],
      ['solver on a draft', solver, draft, 404],
      ['other moderator on a draft', otherModerator, draft, 404],
      ['anonymous on a draft', undefined, draft, 404],
    ];
    for (const [who, user, id, status] of cases) {
      const attempts = [
        await jury(user, id, target.id, 'PUT'),
        await jury(user, id, evaluator.id, 'DELETE'),
        await jury(user, id, evaluator.id, 'GET'),
        await api(`/api/v1/challenges/${id}/evaluators`, { token: user?.token }),
      ];
      for (const res of attempts) expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await juryRows(open)).toBe(1);
    expect(await juryRows(draft)).toBe(0);
  });

  it('lists members with declared/conflicts/scored counts; a removed member’s scores stop counting', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s1 = await submitSolution(solver, id);
    const s2 = await submitSolution(await registerUser('solver'), id);
    const j1 = await registerUser('clinician', { name: 'Juror One' });
    const j2 = await registerUser('clinician', { name: 'Juror Two' });
    await assignJury(clinician, id, j1);
    await assignJury(moderator, id, j2);
    await startEvaluation(clinician, id);
    await declare(j1, s1, false);
    await declare(j1, s2, true);
    await evaluate(j1, s1, scoresOf([5]));
    await declare(j2, s1, false);
    await declare(j2, s2, false);
    await evaluate(j2, s1, scoresOf([1]));
    await evaluate(j2, s2, scoresOf([4]));

    const list = await api(`/api/v1/challenges/${id}/evaluators`, { token: moderator.token });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ user_id: j1.id, name: 'Juror One', declared: 2, conflicts: 1, scored: 1 }),
      expect.objectContaining({ user_id: j2.id, name: 'Juror Two', declared: 2, conflicts: 0, scored: 2 }),
    ]);
    expect((await jury(clinician, id, j2.id, 'GET')).body).toEqual(list.body.data[1]);

    const rows = async () =>
      (await ranking(clinician, id)).body.data.map((r: { solution_id: string; score: number; evaluations: number }) => [
        r.solution_id,
        r.score,
        r.evaluations,
      ]);
    expect(await rows()).toEqual([
      [s2, 75, 1],
      [s1, 50, 2],
    ]);
    expect((await jury(clinician, id, j2.id, 'DELETE')).status).toBe(204);
    expect(await rows()).toEqual([
      [s1, 100, 1],
      [s2, null, 0],
    ]);
    // Their scores stay stored, but they no longer see or score anything.
    expect(await evaluationsOf(s1)).toBe(2);
    expect(isProblem(await api(`/api/v1/solutions/${s1}`, { token: j2.token }), 404)).toBe(true);
    expect(isProblem(await putEvaluation(j2, s1, { scores: scoresOf([2]) }), 404)).toBe(true);
    expect(isProblem(await ranking(j2, id), 404)).toBe(true);
    const after = await api(`/api/v1/challenges/${id}/evaluators`, { token: clinician.token });
    expect(after.body.data.map((m: { user_id: string }) => m.user_id)).toEqual([j1.id]);
  });

  it('fixes the jury once the challenge is decided (409 naming the state)', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await ok(decide(clinician, id, { winners: [s] }));
    const late = await jury(clinician, id, (await registerUser('clinician')).id, 'PUT');
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('decided');
    const remove = await jury(moderator, id, evaluator.id, 'DELETE');
    expect(isProblem(remove, 409, 'invalid_state')).toBe(true);
    expect(await juryRows(id)).toBe(1);
  });
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
        if (kind === 'withdrawn') await ok(withdraw(solver, s));
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

describe('the decision', () => {
  const statuses = async (ids: string[]) => Promise.all(ids.map(async (id) => (await solutionRow(id))?.status));
  const challengeRow = (id: string) =>
    env.DB.prepare('SELECT status, version, decided_at FROM challenges WHERE id = ?')
      .bind(id)
      .first<{ status: string; version: number; decided_at: string | null }>();
  const decideAudits = (id: string) =>
    count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'", id);

  it('is taken only by the owner or a moderator: others 403/404, anonymous 401; only in evaluation', async () => {
    const { clinician, moderator, solver, evaluator, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    const early = await decide(clinician, id, { winners: [s] });
    expect(isProblem(early, 409, 'invalid_state')).toBe(true);
    expect(early.body.current_state).toBe('open');
    await startEvaluation(clinician, id);
    for (const [who, user, status] of [
      ['solver', solver, 403],
      ['jury member', evaluator, 403],
      ['other moderator', otherModerator, 403],
      ['another solver', await registerUser('solver'), 403],
      ['anonymous', undefined, 401],
    ] as const) {
      const res = await decide(user, id, { winners: [s] });
      expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    const draft = (await createDraft(clinician, world.cluster.slug)).id;
    for (const user of [solver, otherModerator]) {
      expect(isProblem(await decide(user, draft, { winners: [s] }), 404, 'not_found')).toBe(true);
    }
    const onDraft = await decide(clinician, draft, { winners: [s] });
    expect(isProblem(onDraft, 409, 'invalid_state')).toBe(true);
    expect(onDraft.body.current_state).toBe('draft');
    expect(await challengeRow(id)).toMatchObject({ status: 'evaluation', decided_at: null });
    expect(await statuses([s])).toEqual(['submitted']);
    expect(await decideAudits(id)).toBe(0);
  });

  it('names only submitted solutions of the challenge, each once (400 naming the entry), changing nothing', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const elsewhere = await openChallenge(clinician, moderator, world.cluster.slug);
    const s1 = await submitSolution(solver, id);
    const s2 = await submitSolution(await registerUser('solver'), id);
    const draft = await draftSolution(solver, id);
    const withdrawn = await submitSolution(solver, id);
    await ok(withdraw(solver, withdrawn));
    const hidden = await submitSolution(solver, id);
    await hideSolution(clinician, moderator, hidden);
    const foreign = await submitSolution(solver, elsewhere);
    await startEvaluation(clinician, id);
    await startEvaluation(clinician, elsewhere);
    const before = await challengeRow(id);
    const cases: [string, Record<string, unknown>, string][] = [
      ['a withdrawn winner', { winners: [withdrawn] }, 'winners.0'],
      ['a draft on the shortlist', { winners: [s1], shortlist: [draft] }, 'shortlist.0'],
      ['a hidden winner', { winners: [s1, hidden] }, 'winners.1'],
      ['a solution of another challenge', { winners: [s1, foreign] }, 'winners.1'],
      ['an unknown id', { winners: [crypto.randomUUID()] }, 'winners.0'],
      ['an unknown id on the shortlist', { winners: [s1], shortlist: [s2, 'no-such-solution'] }, 'shortlist.1'],
      ['the same id as winner and shortlisted', { winners: [s1], shortlist: [s1] }, 'shortlist.0'],
      ['the same winner twice', { winners: [s1, s1] }, 'winners.1'],
      ['no winner', { winners: [] }, 'winners'],
    ];
    for (const [what, body, path] of cases) {
      const res = await decide(moderator, id, body);
      expect(isProblem(res, 400, 'validation_failed'), what).toBe(true);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        what,
      ).toContain(path);
    }
    expect(await challengeRow(id)).toEqual(before);
    expect(await statuses([s1, s2, draft, withdrawn, hidden, foreign])).toEqual([
      'submitted',
      'submitted',
      'draft',
      'withdrawn',
      'submitted',
      'submitted',
    ]);
    expect(await decideAudits(id)).toBe(0);
  });

  it('sets winner/shortlisted/not_selected, decides with decided_at and an audit entry, once; feedback is shared', async () => {
    const { clinician, moderator, admin, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { share_feedback: true });
    const secondSolver = await registerUser('solver');
    const thirdSolver = await registerUser('solver');
    const winner = await submitSolution(solver, id);
    const shortlisted = await submitSolution(secondSolver, id);
    const unlucky = await submitSolution(thirdSolver, id);
    const j1 = await registerUser('clinician', { name: 'Professor Alba Quillfeather' });
    const j2 = await registerUser('clinician', { name: 'Doctor Bruno Marchetti' });
    for (const j of [j1, j2]) await assignJury(clinician, id, j);
    await startEvaluation(clinician, id);
    for (const j of [j1, j2]) for (const s of [winner, shortlisted, unlucky]) await declare(j, s, false);
    await evaluate(j1, winner, scoresOf([5, 4, 3, 4, 5, 2]), 'Strong clinical case.');
    await evaluate(j2, winner, scoresOf([3]), 'Needs validation data.');
    await evaluate(j1, shortlisted, scoresOf([4]));

    const early = await api(`/api/v1/solutions/${winner}`, { token: solver.token });
    expect(early.body.feedback).toBeNull();

    const res = await decide(moderator, id, {
      winners: [winner],
      shortlist: [shortlisted],
      note: 'Pilot with the winner.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'decided', decided_at: expect.any(String), share_feedback: true });
    expect(await statuses([winner, shortlisted, unlucky])).toEqual(['winner', 'shortlisted', 'not_selected']);
    expect(await challengeRow(id)).toMatchObject({ status: 'decided', decided_at: res.body.decided_at });
    const audit = await env.DB.prepare(
      "SELECT actor_id, after FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'",
    )
      .bind(id)
      .all<{ actor_id: string; after: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.actor_id).toBe(moderator.id);
    expect(JSON.parse(audit.results[0]!.after)).toMatchObject({ status: 'decided', winners: [winner] });

    const twice = await decide(clinician, id, { winners: [shortlisted] });
    expect(isProblem(twice, 409, 'invalid_state')).toBe(true);
    expect(twice.body.current_state).toBe('decided');
    expect(await statuses([winner, shortlisted, unlucky])).toEqual(['winner', 'shortlisted', 'not_selected']);

    const mine = await api(`/api/v1/solutions/${winner}`, { token: solver.token });
    expect(mine.body.status).toBe('winner');
    expect(mine.body.feedback).toMatchObject({
      score: 63.13,
      evaluations: 2,
      criteria: {
        clinical_impact: 4,
        feasibility: 3.5,
        innovation: 3,
        trl_fit: 3.5,
        regulatory_data_readiness: 4,
        business_case: 2.5,
      },
    });
    expect([...mine.body.feedback.comments].sort()).toEqual(['Needs validation data.', 'Strong clinical case.']);
    const feedbackText = JSON.stringify(mine.body.feedback);
    for (const j of [j1, j2]) expect(feedbackText).not.toContain(j.id);
    for (const name of ['Quillfeather', 'Marchetti', 'Alba', 'Bruno']) expect(feedbackText).not.toContain(name);

    const second = await api(`/api/v1/solutions/${shortlisted}`, { token: secondSolver.token });
    expect(second.body.status).toBe('shortlisted');
    expect(second.body.feedback).toEqual({ score: 75, evaluations: 1, criteria: expect.any(Object), comments: [] });
    const third = await api(`/api/v1/solutions/${unlucky}`, { token: thirdSolver.token });
    expect(third.body.status).toBe('not_selected');
    expect(third.body.feedback).toEqual({ score: null, evaluations: 0, criteria: {}, comments: [] });

    for (const [who, user] of [
      ['owner', clinician],
      ['moderator', moderator],
      ['admin', admin],
      ['juror', j1],
    ] as const) {
      const other = await api(`/api/v1/solutions/${winner}`, { token: user.token });
      expect(other.status, who).toBe(200);
      expect(other.body.feedback, who).toBeNull();
    }
  });

  it('gives the submitter no feedback when the challenge does not share it', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await declare(evaluator, s, false);
    await evaluate(evaluator, s, scoresOf([4]), 'Solid work.');
    await ok(decide(clinician, id, { winners: [s] }));
    const mine = await api(`/api/v1/solutions/${s}`, { token: solver.token });
    expect(mine.body).toMatchObject({ status: 'winner', feedback: null });
    expect(JSON.stringify(mine.body)).not.toContain('Solid work.');
  });
});
