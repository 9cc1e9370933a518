import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { draftBody, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { calibrationFixture as fixture } from '../../helpers/quality';
import { solutionRow, submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

// The calibrated ranking and the minimum of evaluations (issue 14, "Evaluation quality"), on a
// fixture checked by hand. Each juror gives one value to every criterion, so an evaluation's
// weighted score is s = (x − 1)/4 × 100:
//   H (harsh):   S1 2 → 25,  S2 1 → 0,   S3 1 → 0,  S4 recused (conflict)
//   L (lenient): S1 5 → 100, S2 5 → 100, S3 4 → 75, S4 5 → 100
//   M:           S1 4 → 75,  S2 3 → 50,  S3 2 → 25, S4 4 → 75
// Weighted (the mean per criterion): S4 87.5 > S1 66.67 > S2 50 > S3 33.33.
// z per juror, population SD over that juror's scores:
//   H: mean 25/3, SD (25/3)·√2 → z(25) = √2, z(0) = −√2/2
//   L: mean 93.75, SD 6.25·√3 → z(100) = 1/√3, z(75) = −√3
//   M: mean 56.25, variance (18.75² + 6.25² + 31.25² + 18.75²)/4 = 429.6875 → z = deviation/√429.6875
// Normalised = mean z: S1 0.9654 > S4 0.7409 > S2 −0.1438 > S3 −1.3156. The methods disagree on
// first place, and S4 (2 jurors of the default 3) may not win without an override.
const sdM = Math.sqrt(429.6875);
const EXPECTED = {
  S1: (Math.sqrt(2) + 1 / Math.sqrt(3) + 18.75 / sdM) / 3,
  S2: (-Math.sqrt(2) / 2 + 1 / Math.sqrt(3) - 6.25 / sdM) / 3,
  S3: (-Math.sqrt(2) / 2 - Math.sqrt(3) - 31.25 / sdM) / 3,
  S4: (1 / Math.sqrt(3) + 18.75 / sdM) / 2,
};

type Row = {
  rank: number;
  solution_id: string;
  score: number | null;
  normalised_score: number | null;
  weighted_rank: number;
  normalised_rank: number;
  evaluations: number;
  under_minimum: boolean;
  override: { note: string } | null;
};

describe('GET /api/v1/challenges/{id}/ranking?method=…', () => {
  it('ranks by weighted score by default and by normalised score on request, flags the minimum and the disagreement', async () => {
    const { id, owner, S1, S2, S3, S4 } = await fixture();
    const weighted = await must(api(`/api/v1/challenges/${id}/ranking`, { token: owner.token }));
    expect(weighted.body.method).toBe('weighted');
    expect(weighted.body.min_evaluations).toBe(3);
    const w = weighted.body.data as Row[];
    expect(w.map((r) => r.solution_id)).toEqual([S4, S1, S2, S3]);
    expect(w.map((r) => r.score)).toEqual([87.5, 66.67, 50, 33.33]);
    expect(w.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(w.map((r) => r.evaluations)).toEqual([2, 3, 3, 3]);
    expect(w.map((r) => r.under_minimum)).toEqual([true, false, false, false]);
    const byId = new Map(w.map((r) => [r.solution_id, r]));
    for (const [name, sid] of Object.entries({ S1, S2, S3, S4 })) {
      expect(byId.get(sid)?.normalised_score, name).toBeCloseTo(EXPECTED[name as keyof typeof EXPECTED], 4);
    }
    expect(weighted.body.method_note).toMatch(/^Weighted/);
    expect(weighted.body.top_disagreement).toMatchObject({ disagree: true, places: 3 });
    expect(weighted.body.top_disagreement.sentence).toMatch(/differ in the first 3 places/);
    expect(weighted.body.top_disagreement.solutions).toEqual(
      expect.arrayContaining([
        { solution_id: S4, weighted_rank: 1, normalised_rank: 2 },
        { solution_id: S1, weighted_rank: 2, normalised_rank: 1 },
      ]),
    );

    const normalised = await must(api(`/api/v1/challenges/${id}/ranking?method=normalised`, { token: owner.token }));
    expect(normalised.body.method).toBe('normalised');
    expect(normalised.body.method_note).toMatch(/standardised/);
    const n = normalised.body.data as Row[];
    expect(n.map((r) => r.solution_id)).toEqual([S1, S4, S2, S3]);
    expect(n.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(n.map((r) => r.weighted_rank)).toEqual([2, 1, 3, 4]);
    // Still one round trip of reads.
    expect(d1Stats(normalised).calls).toBeLessThanOrEqual(2); // the sign-in, and the one batch

    const bad = await api(`/api/v1/challenges/${id}/ranking?method=median`, { token: owner.token });
    expect(isProblem(bad, 400, 'validation_failed')).toBe(true);
  });

  it('gives a juror with one score, or the same score everywhere, z = 0', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [A, B] = await Promise.all([solverOf('A'), solverOf('B')]);
    const S1 = await submitSolution(A, id);
    const S2 = await submitSolution(B, id);
    const [Flat, Once] = (await jurors(2)) as [TestUser, TestUser];
    for (const j of [Flat, Once]) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    for (const s of [S1, S2]) await declare(Flat, s, false);
    await declare(Once, S1, false);
    await evaluate(Flat, S1, scoresOf([3]));
    await evaluate(Flat, S2, scoresOf([3]));
    await evaluate(Once, S1, scoresOf([5]));
    const res = await must(api(`/api/v1/challenges/${id}/ranking?method=normalised`, { token: owner.token }));
    expect((res.body.data as Row[]).map((r) => r.normalised_score)).toEqual([0, 0]);
    expect(res.body.method_note).toMatch(/fewer than 2 scores/);
  });
});

describe('the minimum of evaluations', () => {
  const note = 'Two strong scores; the third juror was recused for a conflict.';

  it('refuses a winner under the minimum without an override, naming it; accepts it with one, stored and audited', async () => {
    const { id, owner, S1, S4 } = await fixture();
    const refused = await api(`/api/v1/challenges/${id}/decision`, { token: owner.token, body: { winners: [S1, S4] } });
    expect(isProblem(refused, 400, 'validation_failed')).toBe(true);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['winners.1']);
    expect(refused.body.errors[0].message).toMatch(/scored by 2 of the 3 jurors.*override/);
    expect((await solutionRow(S4))?.status).toBe('submitted');

    const short = await api(`/api/v1/challenges/${id}/decision`, {
      token: owner.token,
      body: { winners: [S4], overrides: [{ solution_id: S4, note: 'too short' }] },
    });
    expect(isProblem(short, 400, 'validation_failed')).toBe(true);
    const notWinner = await api(`/api/v1/challenges/${id}/decision`, {
      token: owner.token,
      body: { winners: [S1], overrides: [{ solution_id: S4, note }] },
    });
    expect(isProblem(notWinner, 400, 'validation_failed')).toBe(true);
    expect(notWinner.body.errors.map((e: { path: string }) => e.path)).toEqual(['overrides.0.solution_id']);
    expect(await count('SELECT count(*) AS n FROM decision_overrides WHERE challenge_id = ?', id)).toBe(0);

    await must(
      api(`/api/v1/challenges/${id}/decision`, {
        token: owner.token,
        body: { winners: [S4], shortlist: [S1], overrides: [{ solution_id: S4, note }] },
      }),
    );
    expect((await solutionRow(S4))?.status).toBe('winner');
    const stored = await env.DB.prepare(
      'SELECT solution_id, note, decided_by FROM decision_overrides WHERE challenge_id = ?',
    )
      .bind(id)
      .all();
    expect(stored.results).toEqual([{ solution_id: S4, note, decided_by: owner.id }]);
    const audit = await env.DB.prepare(
      "SELECT after FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'",
    )
      .bind(id)
      .first<{ after: string }>();
    expect(JSON.parse(audit?.after ?? '{}').overrides).toEqual([{ solution_id: S4, note }]);

    const ranking = await must(api(`/api/v1/challenges/${id}/ranking`, { token: owner.token }));
    const entry = (ranking.body.data as Row[]).find((r) => r.solution_id === S4);
    expect(entry).toMatchObject({ under_minimum: true, override: { note } });
    // With a winner and one shortlisted the top places compared stay 3.
    expect(ranking.body.top_disagreement.places).toBe(3);
  });

  it('follows the challenge setting: min_evaluations 2 lets S4 win without an override; 0 and 21 are refused', async () => {
    const { owner, cluster } = await freshCast();
    for (const min_evaluations of [0, 21, 2.5]) {
      const res = await api('/api/v1/challenges', {
        token: owner.token,
        body: { ...draftBody(cluster.slug), min_evaluations },
      });
      expect(isProblem(res, 400, 'validation_failed'), String(min_evaluations)).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['min_evaluations']);
    }
    const { id, owner: o, S4 } = await fixture({ min_evaluations: 2 });
    const challenge = await must(api(`/api/v1/challenges/${id}`, { token: o.token }));
    expect(challenge.body.min_evaluations).toBe(2);
    await must(api(`/api/v1/challenges/${id}/decision`, { token: o.token, body: { winners: [S4] } }));
    expect((await solutionRow(S4))?.status).toBe('winner');
  });
});
