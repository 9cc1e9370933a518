import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { inStageTwo, STAGE_TWO } from '../stages/fixtures';

/**
 * The jury load on the impact dashboard is counted per stage (a seat is a juror on one stage; the
 * pairs are each stage's seats × its cohort), live while a challenge is in evaluation and kept by
 * the decision afterwards: the same figures before and after, worked out by hand here.
 */
describe('jury load on the impact dashboard', () => {
  it('counts seats, pairs, conflicts and evaluations per stage, the same live and once decided', {
    timeout: 60_000,
  }, async () => {
    const f = await inStageTwo();
    await declare(f.second, f.a, false);
    await declare(f.both, f.a, false);
    await startEvaluation(f.owner, f.id);
    await evaluate(f.second, f.a, scoresOf([4, 5], STAGE_TWO));
    await evaluate(f.both, f.a, scoresOf([2, 3], STAGE_TWO));

    const jury = async () =>
      (await must(api(`/api/v1/clusters/${f.cluster.slug}/impact`, { token: f.moderator.token }))).body.jury;
    // Seats: stage 1 first, both, recused; stage 2 second, both, recused (6; four jurors, two of
    // them on two stages). Cohorts: stage 1 Alpha and Beta, stage 2 Alpha: pairs 3 × 2 + 3 × 1 = 9.
    // Conflicts: stage 1 `both` on Alpha and `recused` on Alpha (recused automatically, Alpha's
    // organization), stage 2 `recused` on Alpha again: 3. Evaluations: stage 1 first on Alpha and
    // Beta, both and recused on Beta (4), stage 2 second and both on Alpha (2): 6 of 9 − 3 = 6.
    const expected = {
      challenges: 1,
      jurors: 4,
      seats: 6,
      max_per_juror: 2,
      expected: 6,
      evaluations: 6,
      completion: 1,
    };
    expect(await jury()).toEqual(expected);

    await must(decide(f.owner, f.id, { winners: [f.a] }));
    const kept = await env.DB.prepare(
      'SELECT seats, pairs, conflicts, evaluations FROM jury_figures WHERE challenge_id = ?',
    )
      .bind(f.id)
      .first();
    expect(kept).toEqual({ seats: 6, pairs: 9, conflicts: 3, evaluations: 6 });
    expect(await jury()).toEqual(expected);
  });
});
