import { describe, expect, it } from 'vitest';
import { scoredChallenge } from '../helpers/evaluation';
import { api } from '../helpers/http';
import { page } from '../helpers/pages';
import { costsOf } from './budgets/measure';

/**
 * Issue 17: D1 round trips and SQL statements per request (the session lookup included) of the
 * evaluation report (JSON, a later page of its ranking, the page) and of the agreement, pinned and
 * equal for 3 and for 8 solutions, so a query added to one of them, or one that starts to repeat
 * per solution, fails `npm test`.
 */
async function measure(n: number) {
  const { owner, id } = await scoredChallenge(n, 'Report budget', (i) => 1 + (i % 5));
  // The first read after the scores changed computes and keeps the normalised figures, the
  // agreement and the report's figures (ranking_cache); the reads measured below find them kept.
  const first = await api(`/api/v1/challenges/${id}/evaluation-report`, { token: owner.token });
  expect(first.status).toBe(200);

  const reads: [string, () => ReturnType<typeof api>][] = [
    ['report JSON', () => api(`/api/v1/challenges/${id}/evaluation-report?limit=2`, { token: owner.token })],
    [
      'report JSON, later page',
      () => api(`/api/v1/challenges/${id}/evaluation-report?limit=2&cursor=w2`, { token: owner.token }),
    ],
    ['report JSON, stage 1', () => api(`/api/v1/challenges/${id}/evaluation-report?stage=1`, { token: owner.token })],
    ['report page', () => page(`/challenges/${id}/evaluation-report`, owner.cookie)],
    ['agreement', () => api(`/api/v1/challenges/${id}/agreement`, { token: owner.token })],
    ['agreement, stage 1', () => api(`/api/v1/challenges/${id}/agreement?stage=1`, { token: owner.token })],
  ];
  return costsOf(reads);
}

describe('round trips and statements of the evaluation report and the agreement', { timeout: 60_000 }, () => {
  it('are pinned, and the same for 3 and for 8 solutions', async () => {
    const small = await measure(3);
    const large = await measure(8);
    expect(large).toEqual(small);
    expect(small).toEqual({
      // The session, then one batch: the challenge, criteria, order, the page's rows, jury facts,
      // the kept figures, overrides, comments, jury, conflicts, outcomes, disputed titles, seats,
      // minimum. The spreads, distribution and leniency are kept with the agreement.
      'report JSON': { calls: 2, statements: 15 },
      'report JSON, later page': { calls: 2, statements: 15 },
      'report JSON, stage 1': { calls: 2, statements: 15 },
      'report page': { calls: 2, statements: 15 },
      // The session, then one batch: the challenge, jury facts, conflicts, the kept figures,
      // disputed titles, seats; never the ranking.
      agreement: { calls: 2, statements: 7 },
      'agreement, stage 1': { calls: 2, statements: 7 },
    });
  });
});
