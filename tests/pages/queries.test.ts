import { describe, expect, it } from 'vitest';
import { scoredChallenge } from '../helpers/evaluation';
import { d1Stats } from '../helpers/http';
import { page } from '../helpers/pages';

/** Each page's D1 round trips (the session lookup included), for a challenge with `n` solutions. */
async function measure(n: number) {
  const { cluster, moderator, owner, juror, id, solutions } = await scoredChallenge(n, 'Page budget');

  const pages: [string, string, string | undefined][] = [
    ['challenge page, anonymous', `/challenges/${id}`, undefined],
    ['challenge page, owner', `/challenges/${id}`, owner.cookie],
    ['solutions, owner', `/challenges/${id}/solutions`, owner.cookie],
    ['solutions, jury member', `/challenges/${id}/solutions`, juror.cookie],
    ['jury, owner', `/challenges/${id}/jury`, owner.cookie],
    // The first read after the scores changed computes the normalised figures and the agreement,
    // and keeps them with the places of both orders (ranking_cache, ranking_places: two more
    // calls), then reads its page from the new places (one more, issue 17); every read after it
    // takes the usual two.
    ['ranking, first read after a change', `/challenges/${id}/ranking`, owner.cookie],
    ['ranking, owner', `/challenges/${id}/ranking`, owner.cookie],
    ['ranking, jury member', `/challenges/${id}/ranking`, juror.cookie],
    // The report's own figures (spreads, distribution, leniency: report-figures.ts) are not
    // computed by the ranking: its first read after a change computes and keeps them with the places
    // (ranking_cache, ranking_places: two more calls), then reads its page from the kept places (one
    // more, issue 17: access/report.ts); every read after it takes the usual two.
    ['evaluation report, first read after a change', `/challenges/${id}/evaluation-report`, owner.cookie],
    ['evaluation report, owner', `/challenges/${id}/evaluation-report`, owner.cookie],
    ['audit trail, moderator', `/challenges/${id}/audit`, moderator.cookie],
    ['audit trail, owner', `/challenges/${id}/audit`, owner.cookie],
    ['solution, jury member', `/solutions/${solutions[0]}`, juror.cookie],
    ['cluster page', `/clusters/${cluster.slug}`, undefined],
  ];
  const calls: Record<string, number> = {};
  for (const [name, path, cookie] of pages) {
    const res = await page(path, cookie);
    expect(res.status, name).toBe(200);
    calls[name] = d1Stats(res).calls;
  }
  return calls;
}

// Two worlds of 2 and 12 solutions built over HTTP: seconds on a busy machine.
describe('page query budget', { timeout: 30_000 }, () => {
  it('every working page takes the same few D1 round trips for 2 and for 12 solutions', async () => {
    const small = await measure(2);
    const large = await measure(12);
    for (const [name, calls] of Object.entries(small)) {
      expect(large[name], `${name}: round trips grow with the number of solutions`).toBe(calls);
      // The session lookup, then one batch (the solution page too: its challenge is a subquery).
      const most =
        name === 'ranking, first read after a change' || name === 'evaluation report, first read after a change'
          ? 5
          : 2;
      expect(calls, name).toBeLessThanOrEqual(most);
    }
  });
});
