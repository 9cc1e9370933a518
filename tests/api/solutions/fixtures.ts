import { ROLES, type Role, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { must } from '../../helpers/http';
import { draftSolution, hideSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

/**
 * The confidentiality matrix of one challenge: every kind of reader against every kind of solution,
 * shared by the confidentiality-*.test.ts files (each builds its own copy in its own storage).
 */

export type Who = Role | 'another_solver' | 'outsider_solver' | 'other_juror' | 'lazy_juror';
export const WHO: Who[] = [...ROLES, 'another_solver', 'outsider_solver', 'other_juror', 'lazy_juror'];
/**
 * A: solver, submitted (summary public) · D: solver, draft · H: solver, submitted then hidden ·
 * B: another solver, submitted (summary private; the evaluator declared a conflict) ·
 * C: another solver, submitted (summary public; the evaluator has not declared) · W: another solver, withdrawn.
 */
export const KEYS = ['A', 'D', 'H', 'B', 'C', 'W'] as const;
export type Key = (typeof KEYS)[number];

const solverWithOrg = (name: string) =>
  registerUser('solver', { organization: { name, kind: 'startup', country: 'DE' } });

export interface Matrix {
  users: Record<Who, TestUser | undefined>;
  challenge: string;
  ids: Record<Key, string>;
  titles: Record<Key, string>;
  keyOf: (id: string) => string;
  /** The organization of `another_solver`. */
  anotherOrg: string;
}

/**
 * The world's clinician owns a challenge in evaluation with solutions A, D, H, B, C and W; the
 * world's evaluator, another juror who scored A, B and C, and a lazy juror who did nothing sit on its jury.
 */
export async function buildMatrix(world: World): Promise<Matrix> {
  const ids = {} as Record<Key, string>;
  const titles = {} as Record<Key, string>;
  const keyOf = (id: string) => KEYS.find((k) => ids[k] === id) ?? `unknown:${id}`;
  const anotherOrg = `Second Solver GmbH ${unique()}`;
  const { clinician: owner, moderator, evaluator, solver } = world.users;
  const [anotherSolver, outsiderSolver, otherJuror, lazyJuror] = await Promise.all([
    solverWithOrg(anotherOrg),
    registerUser('solver'),
    registerUser('clinician'),
    registerUser('clinician'),
  ]);
  const users: Record<Who, TestUser | undefined> = {
    anonymous: undefined,
    ...world.users,
    another_solver: anotherSolver,
    outsider_solver: outsiderSolver,
    other_juror: otherJuror,
    lazy_juror: lazyJuror,
  };
  const challenge = await openChallenge(owner, moderator, world.cluster.slug);
  for (const key of KEYS) titles[key] = `Confidential solution ${key} ${unique()}`;
  ids.A = await submitSolution(solver, challenge, { title: titles.A, summary_public: true });
  ids.D = await draftSolution(solver, challenge, { title: titles.D });
  ids.H = await submitSolution(solver, challenge, { title: titles.H });
  ids.B = await submitSolution(anotherSolver, challenge, { title: titles.B, summary_public: false });
  ids.C = await submitSolution(anotherSolver, challenge, { title: titles.C, summary_public: true });
  ids.W = await submitSolution(anotherSolver, challenge, { title: titles.W });
  await must(withdrawSolution(anotherSolver, ids.W));
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
  return { users, challenge, ids, titles, keyOf, anotherOrg };
}

export const row = (all: number, except: Partial<Record<Key, number>> = {}) =>
  Object.fromEntries(KEYS.map((k) => [k, except[k] ?? all])) as Record<Key, number>;
const INSIDER = row(200, { D: 404 });
/** Who reads which solution (GET /solutions/{id}), before the decision. */
export const READ: Record<Who, Record<Key, number>> = {
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
