import { describe, expect, it } from 'vitest';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, d1Stats, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers × 12
// units, values 1–5, with missing values. Published: interval α = 0.849 (nominal 0.743).
// Here the observers are jurors and the units solutions; a missing value is a conflict declared
// (A on 10–12, C on 1 and 12, D on 12) or a solution not scored (B on 11).
const _ = undefined;
const EXAMPLE_C: (number | undefined)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const RECUSED = new Set(['0:9', '0:10', '0:11', '2:0', '2:11', '3:11']);
const PUBLISHED_INTERVAL = 0.849;

// Each juror gives its value to every one of the 6 default criteria, so each criterion's α is the
// published one. Pooled, every unit appears k = 6 times: with n₀ = 40 pairable values (units scored
// by at least two jurors: 3 + 8·4 + 3 + 2), D_o stays the same per pair while the expected
// disagreement is taken over k·n₀ values, so
//   1 − α_pooled = (1 − α) · (k·n₀ − 1) / (k·(n₀ − 1))
const k = 6;
const n0 = 40;
const pooled = (a: number) => 1 - ((1 - a) * (k * n0 - 1)) / (k * (n0 - 1));

describe('GET /api/v1/challenges/{id}/agreement', () => {
  it("reproduces Krippendorff's example C per criterion and pooled, and lists the disputed solutions", async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const solvers = await Promise.all(Array.from({ length: 12 }, (_, i) => solverOf(`Unit ${i + 1}`)));
    const units: string[] = [];
    for (const [i, s] of solvers.entries())
      units.push(await submitSolution(s, id, { title: `Unit ${i + 1} solution` }));
    const panel = (await jurors(4)) as TestUser[];
    for (const j of panel) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    for (const [r, row] of EXAMPLE_C.entries()) {
      const juror = panel[r] as TestUser;
      for (const [u, value] of row.entries()) {
        const solution = units[u] as string;
        if (RECUSED.has(`${r}:${u}`)) await declare(juror, solution, true);
        else if (value !== undefined) {
          await declare(juror, solution, false);
          await evaluate(juror, solution, scoresOf([value]));
        }
      }
    }

    // The first read computes the figures (sign-in, the batch, the counted evaluations, keeping
    // them with the ranking's places in one batch, and the titles of the solutions they call disputed:
    // issue 17, the batch reads titles only of those the kept figures named); the next one reads
    // what was kept, and answers the same.
    const res = await must(api(`/api/v1/challenges/${id}/agreement`, { token: owner.token }));
    expect(d1Stats(res).calls).toBeLessThanOrEqual(5);
    const again = await must(api(`/api/v1/challenges/${id}/agreement`, { token: owner.token }));
    expect(d1Stats(again).calls).toBeLessThanOrEqual(2);
    expect(again.body).toEqual(res.body);
    expect(res.body.metric).toBe('interval');
    expect(res.body.jurors).toBe(4);
    expect(res.body.criteria).toHaveLength(6);
    for (const c of res.body.criteria) {
      expect(c.alpha, c.key).toBeCloseTo(PUBLISHED_INTERVAL, 3);
      expect(c.reading).toBe('good');
    }
    expect(res.body.overall.alpha).toBeCloseTo(pooled(PUBLISHED_INTERVAL), 3);
    expect(res.body.overall.alpha).toBeCloseTo(0.8459, 3);
    expect(res.body.method_note).toMatch(/recused/);

    // Disputed: unit 6 (values 1, 2, 3, 4 → weighted 0, 25, 50, 75: sample SD √(1875/3) ≈ 25.82,
    // and 4 − 1 = 3 apart) is the only solution at SD ≥ 20 or 3 points apart.
    const unit6Sd = Math.sqrt((37.5 ** 2 + 12.5 ** 2 + 12.5 ** 2 + 37.5 ** 2) / 3);
    expect(res.body.disputed).toHaveLength(1);
    expect(res.body.disputed[0]).toMatchObject({ solution_id: units[5], title: 'Unit 6 solution', evaluations: 4 });
    expect(res.body.disputed[0].spread).toBeCloseTo(unit6Sd, 2);
    expect(res.body.disputed[0].criteria).toHaveLength(6);

    // A juror who finished sees it without the solutions they were recused from; the ranking's refusals otherwise.
    const asA = await must(api(`/api/v1/challenges/${id}/agreement`, { token: (panel[0] as TestUser).token }));
    expect(asA.body.overall.alpha).toBe(res.body.overall.alpha);
    const asC = await must(api(`/api/v1/challenges/${id}/agreement`, { token: (panel[2] as TestUser).token }));
    expect(asC.body.disputed).toHaveLength(1);
    expect(isProblem(await api(`/api/v1/challenges/${id}/agreement`), 401, 'unauthorized')).toBe(true);
    const stranger = await registerUser('solver');
    expect(
      isProblem(await api(`/api/v1/challenges/${id}/agreement`, { token: stranger.token }), 404, 'not_found'),
    ).toBe(true);
    // A solver in the challenge: the same 404 as for the ranking.
    const competitor = solvers[0] as TestUser;
    for (const path of ['agreement', 'ranking']) {
      const refused = await api(`/api/v1/challenges/${id}/${path}`, { token: competitor.token });
      expect(isProblem(refused, 404, 'not_found'), path).toBe(true);
    }
  }, 30_000);

  it('says null (no variation) when every juror gives every solution the same score', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [A, B] = await Promise.all([solverOf('A'), solverOf('B')]);
    const ids = [await submitSolution(A, id), await submitSolution(B, id)];
    const panel = (await jurors(2)) as TestUser[];
    for (const j of panel) await assignJury(owner, id, j);
    await startEvaluation(owner, id);
    for (const j of panel)
      for (const s of ids) {
        await declare(j, s, false);
        await evaluate(j, s, scoresOf([4]));
      }
    const res = await must(api(`/api/v1/challenges/${id}/agreement`, { token: owner.token }));
    expect(res.body.overall).toEqual({ alpha: null, reading: null });
    expect(res.body.criteria.every((c: { alpha: number | null }) => c.alpha === null)).toBe(true);
    expect(res.body.disputed).toEqual([]);
  });
});
