import { freshCast, jurors, solverOf } from '../api/evaluation/fixtures';
import type { TestUser } from './actors';
import { openChallenge } from './challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from './evaluation';
import { submitSolution } from './solutions';

/**
 * The hand-checkable fixture of issue 14 (see tests/api/evaluation/calibration.test.ts): jurors
 * H (harsh), L (lenient) and M score S1..S4 with one value on every criterion; H is recused from S4.
 *   H: 2, 1, 1, —    L: 5, 5, 4, 5    M: 4, 3, 2, 4
 */
export async function calibrationFixture(options: Record<string, unknown> = {}) {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug, options);
  const solvers = await Promise.all(['One', 'Two', 'Three', 'Four'].map(solverOf));
  const ids: string[] = [];
  for (const [i, solver] of solvers.entries())
    ids.push(await submitSolution(solver, id, { title: `S${i + 1} solution` }));
  const [S1, S2, S3, S4] = ids as [string, string, string, string];
  const [H, L, M] = (await jurors(3)) as [TestUser, TestUser, TestUser];
  for (const j of [H, L, M]) await assignJury(owner, id, j);
  await startEvaluation(owner, id);
  await declare(H, S4, true);
  const given: [TestUser, string, number][] = [
    [H, S1, 2],
    [H, S2, 1],
    [H, S3, 1],
    [L, S1, 5],
    [L, S2, 5],
    [L, S3, 4],
    [L, S4, 5],
    [M, S1, 4],
    [M, S2, 3],
    [M, S3, 2],
    [M, S4, 4],
  ];
  for (const [j, s] of given) if (!(j === H && s === S4)) await declare(j, s, false);
  for (const [j, s, x] of given) await evaluate(j, s, scoresOf([x]));
  return { id, owner, moderator, S1, S2, S3, S4, H, L, M };
}
