import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { assignJury, declare, evaluate, scoresOf } from '../../helpers/evaluation';
import { api, d1Stats } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { judgingWorld } from './fixtures';

/**
 * The jury's reads (issue 17) take a fixed number of D1 round trips and SQL statements whatever
 * the number of solutions and jurors: the jury page and the evaluators API read each member's
 * progress from its tally (jury_progress), the declaration page reads one page of solutions, the
 * score page one solution. Pinned from Server-Timing (QUERY_STATS=1 in tests).
 */
async function measure(n: number, jurors: number) {
  const world = await judgingWorld({ n, jurors: 1, open: true });
  const [juror] = world.jury as [TestUser];
  for (let i = 1; i < jurors; i++) await assignJury(world.owner, world.id, await registerUser('clinician'));
  const solution = world.solutions[0] as { id: string };
  await api(`/api/v1/challenges/${world.id}/transitions`, {
    token: world.owner.token,
    body: { action: 'start_evaluation' },
  });
  await declare(juror, solution.id, false);
  await evaluate(juror, solution.id, scoresOf([4]));
  const reads = {
    'jury page': await page(`/challenges/${world.id}/jury`, world.owner.cookie),
    'evaluators API': await api(`/api/v1/challenges/${world.id}/evaluators?stage=1`, { token: world.owner.token }),
    'declaration page': await page(`/challenges/${world.id}/conflicts`, juror.cookie),
    'score page': await page(`/solutions/${solution.id}/evaluation`, juror.cookie),
  };
  return Object.fromEntries(
    Object.entries(reads).map(([name, res]) => {
      expect(res.status, name).toBe(200);
      return [name, d1Stats(res)];
    }),
  );
}

describe('jury reads: round trips and statements', { timeout: 90_000 }, () => {
  it('are the same for 2 solutions and 1 juror as for 5 solutions and 3 jurors, and pinned', async () => {
    const small = await measure(2, 1);
    const large = await measure(5, 3);
    expect(large).toEqual(small);
    // The session lookup, then one batch: the challenge, the members with their tallies, the
    // solutions in the running (a count) and the invitations.
    expect(small['jury page']).toEqual({ calls: 2, statements: 5 });
    // The session, then one batch: the challenge and the members with their tallies.
    expect(small['evaluators API']).toEqual({ calls: 2, statements: 3 });
    // The session, then one batch: the challenge, the member's seat, one page of solutions, the progress.
    expect(small['declaration page']).toEqual({ calls: 2, statements: 5 });
    // The session, then one batch: the solution, the criteria and the member's draft.
    expect(small['score page']).toEqual({ calls: 2, statements: 4 });
  });
});
