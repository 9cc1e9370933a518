import { alpha } from 'krippendorff';
import { sampleStandardDeviation } from 'simple-statistics';
import { type CountedEvaluation, type WeightedCriterion, weightedScore } from './calibration';

/** Squared difference: Krippendorff's interval metric. */
const interval = (a: number, b: number) => (a - b) ** 2;

/** A spread of the jurors' weighted scores (0–100) from which a solution is worth discussing. */
export const DISPUTED_SD = 20;
/** A spread on one criterion (1–5) from which a solution is worth discussing. */
export const DISPUTED_RANGE = 3;
const DISPUTED_MAX = 10;

export const AGREEMENT_NOTE =
  "Krippendorff's alpha with the interval metric: 1 is perfect agreement, 0 is no better than chance. It allows for jurors who were recused or did not score every solution, which ICC and Kendall's W do not. Per criterion over the 1–5 scores; overall over all criterion scores pooled, each solution and criterion one unit. Krippendorff's convention: 0.8 or more is good, 0.667 to 0.8 allows tentative conclusions, below 0.667 agreement is low.";

export type AgreementReading = 'good' | 'tentative' | 'low';

/** Krippendorff (2004): α ≥ .800 reliable, .667 ≤ α < .800 tentative conclusions only, lower: unreliable. */
export const reading = (value: number | null): AgreementReading | null =>
  value === null ? null : value >= 0.8 ? 'good' : value >= 0.667 ? 'tentative' : 'low';

/**
 * α over a jurors × units matrix (undefined where a juror did not score), or null when it says
 * nothing: no unit scored by two jurors, or no variation at all (the expected disagreement is 0).
 */
export function intervalAlpha(matrix: (number | undefined)[][]): number | null {
  const pairable = matrix[0]?.some((_, unit) => matrix.filter((row) => row[unit] !== undefined).length >= 2);
  if (!pairable) return null;
  const value = alpha(matrix, interval);
  return Number.isFinite(value) ? value : null;
}

export interface Disputed {
  solution_id: string;
  evaluations: number;
  /** Sample standard deviation of the jurors' weighted scores (0–100). */
  spread: number;
  /** Criteria on which the jurors' scores lie 3 or more apart. */
  criteria: string[];
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Agreement between the jurors of a challenge: α per criterion, α over all criterion scores
 * pooled, and the solutions they disagree on most (spread of weighted scores ≥ 20, or 3 points
 * apart on a criterion), by spread, at most 10. `solutionIds` are the units, in the running.
 */
export function agreement(
  counted: readonly CountedEvaluation[],
  criteria: readonly (WeightedCriterion & { label: string })[],
  solutionIds: readonly string[],
) {
  const jurors = [...new Set(counted.map((e) => e.evaluator_id))];
  const unit = new Map(solutionIds.map((id, i) => [id, i]));
  const row = new Map(jurors.map((id, i) => [id, i]));
  // One matrix per criterion, every row padded to the full number of solutions.
  const matrices = criteria.map(() => jurors.map(() => solutionIds.map((): number | undefined => undefined)));
  for (const e of counted) {
    const u = unit.get(e.solution_id);
    const r = row.get(e.evaluator_id);
    if (u === undefined || r === undefined) continue;
    criteria.forEach((c, i) => {
      const value = e.scores[c.key];
      const cells = matrices[i]?.[r];
      if (cells && typeof value === 'number') cells[u] = value;
    });
  }
  const perCriterion = criteria.map((c, i) => {
    const value = intervalAlpha(matrices[i] ?? []);
    return { key: c.key, label: c.label, alpha: value === null ? null : round(value, 4), reading: reading(value) };
  });
  const pooled = intervalAlpha(jurors.map((_, r) => matrices.flatMap((m) => m[r] ?? [])));

  const bySolution = new Map<string, CountedEvaluation[]>();
  for (const e of counted) bySolution.set(e.solution_id, [...(bySolution.get(e.solution_id) ?? []), e]);
  const disputed: Disputed[] = [];
  for (const [solution_id, list] of bySolution) {
    if (list.length < 2 || !unit.has(solution_id)) continue;
    const spread = sampleStandardDeviation(list.map((e) => weightedScore(e.scores, criteria)));
    const apart = criteria
      .filter((c) => {
        const values = list.map((e) => e.scores[c.key]).filter((v): v is number => typeof v === 'number');
        return values.length >= 2 && Math.max(...values) - Math.min(...values) >= DISPUTED_RANGE;
      })
      .map((c) => c.key);
    if (spread >= DISPUTED_SD || apart.length > 0) {
      disputed.push({ solution_id, evaluations: list.length, spread: round(spread, 2), criteria: apart });
    }
  }
  disputed.sort((a, b) => b.spread - a.spread || a.solution_id.localeCompare(b.solution_id));
  return {
    jurors: jurors.length,
    overall: { alpha: pooled === null ? null : round(pooled, 4), reading: reading(pooled) },
    criteria: perCriterion,
    disputed: disputed.slice(0, DISPUTED_MAX),
  };
}
