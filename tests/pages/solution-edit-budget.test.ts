import { describe, expect, it } from 'vitest';
import { createWorld } from '../helpers/actors';
import { openChallenge } from '../helpers/challenges';
import { page } from '../helpers/pages';
import { draftSolution, submitSolution } from '../helpers/solutions';
import { costsOf } from './budgets/measure';

/**
 * Issue 17: D1 round trips and SQL statements of the solution's edit page (the session lookup
 * included), pinned and the same for an open challenge with 1 and with 6 solutions.
 */
async function measure(n: number) {
  const world = await createWorld();
  const { clinician, moderator, solver } = world.users;
  const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
  for (let i = 1; i < n; i++) await submitSolution(solver, challenge, { title: `Another solution ${i}` });
  const submitted = await submitSolution(solver, challenge);
  const draft = await draftSolution(solver, challenge);
  return costsOf([
    ['edit page, submitted solution', () => page(`/solutions/${submitted}/edit`, solver.cookie)],
    ['edit page, draft', () => page(`/solutions/${draft}/edit`, solver.cookie)],
  ]);
}

describe('round trips and statements of the solution edit page', { timeout: 60_000 }, () => {
  it('are pinned, and the same for 1 and for 6 solutions', async () => {
    const small = await measure(1);
    const large = await measure(6);
    expect(large).toEqual(small);
    expect(small).toEqual({
      // The session, then one batch of two: the solution with its challenge's title and facts, and the
      // terms in force (its challenge a subquery). Issue 17: was 4 round trips (the solution, then
      // the challenge with criteria the form never showed, and the terms).
      'edit page, submitted solution': { calls: 2, statements: 3 },
      'edit page, draft': { calls: 2, statements: 3 },
    });
  });
});
