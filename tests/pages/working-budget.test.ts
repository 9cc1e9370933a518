import { describe, expect, it } from 'vitest';
import { scoredChallenge } from '../helpers/evaluation';
import { api } from '../helpers/http';
import { page } from '../helpers/pages';
import { costsOf } from './budgets/measure';

/**
 * Issue 17: D1 round trips and SQL statements per request (the session lookup included) of the
 * working pages around a challenge's solutions, pinned and equal for 3 and for 8 solutions, so a
 * query added to one of them, or one that starts to repeat per solution, fails `npm test`. Their
 * counts come from tallies (`challenge_tallies`, `jury_progress`) and index ranges, so the
 * statements stay the same at a thousand solutions too (the bench measures that).
 */
async function measure(n: number) {
  const { moderator, juror, id, solutions } = await scoredChallenge(n, 'Working budget', (i) => 1 + (i % 5));
  const reads: [string, () => ReturnType<typeof api>][] = [
    [
      'solutions list JSON, moderator',
      () => api(`/api/v1/challenges/${id}/solutions?limit=50`, { token: moderator.token }),
    ],
    ['solutions page, moderator', () => page(`/challenges/${id}/solutions`, moderator.cookie)],
    ['solutions page, jury member', () => page(`/challenges/${id}/solutions`, juror.cookie)],
    ['solution page, moderator', () => page(`/solutions/${solutions[0]}`, moderator.cookie)],
    ['conflicts page, jury member', () => page(`/challenges/${id}/conflicts`, juror.cookie)],
    ['score page, jury member', () => page(`/solutions/${solutions[0]}/evaluation`, juror.cookie)],
    ['audit trail page, moderator', () => page(`/challenges/${id}/audit`, moderator.cookie)],
    ['audit trail JSON, moderator', () => api(`/api/v1/audit?challenge=${id}`, { token: moderator.token })],
    ['challenge page, moderator', () => page(`/challenges/${id}`, moderator.cookie)],
    ['challenge page, jury member', () => page(`/challenges/${id}`, juror.cookie)],
  ];
  return costsOf(reads);
}

describe('round trips and statements of the working pages around solutions', { timeout: 90_000 }, () => {
  it('are pinned, and the same for 3 and for 8 solutions', async () => {
    const small = await measure(3);
    const large = await measure(8);
    expect(large).toEqual(small);
    expect(small).toEqual({
      // The session, then one batch: the challenge and a page of the list.
      'solutions list JSON, moderator': { calls: 2, statements: 3 },
      // The session, then one batch: the challenge, the seat (tallies), the page, the jury row, drafts.
      'solutions page, moderator': { calls: 2, statements: 6 },
      'solutions page, jury member': { calls: 2, statements: 6 },
      // The session, then one batch: the solution with its challenge, the criteria, the team's
      // invitations and recusals, the terms, the stages and the viewer's draft (page-reads.ts).
      'solution page, moderator': { calls: 2, statements: 8 },
      // The session, then one batch: the challenge, the seat, a page of solutions, the progress (tallies).
      'conflicts page, jury member': { calls: 2, statements: 5 },
      // The session, then one batch: the solution, the criteria and the member's draft.
      'score page, jury member': { calls: 2, statements: 4 },
      // The session, then one batch: the challenge, a page of its trail (audit_log_challenge_idx), criteria.
      'audit trail page, moderator': { calls: 2, statements: 4 },
      'audit trail JSON, moderator': { calls: 2, statements: 3 },
      // The session, then one batch: the challenge, criteria, public results, the seat, the viewer's
      // solutions, terms, templates, stages.
      'challenge page, moderator': { calls: 2, statements: 9 },
      'challenge page, jury member': { calls: 2, statements: 9 },
    });
  });
});
