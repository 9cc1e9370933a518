import { mean, standardDeviation, zScore } from 'simple-statistics';

/** One evaluation that counts: by a current jury member without a conflict on that solution. */
export interface CountedEvaluation {
  solution_id: string;
  evaluator_id: string;
  scores: Record<string, number>;
}

export interface WeightedCriterion {
  key: string;
  weight: number;
}

/**
 * The weighted score of one evaluation on 0–100, as the ranking computes it for a solution:
 * Σ w·(x − 1)/4 / Σ w × 100 over the challenge's criteria (a criterion left out counts as 1).
 */
export function weightedScore(scores: Record<string, number>, criteria: readonly WeightedCriterion[]): number {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return 0;
  const sum = criteria.reduce((acc, c) => acc + (c.weight * ((scores[c.key] ?? 1) - 1)) / 4, 0);
  return (100 * sum) / total;
}

export const METHOD_NOTES = {
  weighted:
    "Weighted: for each criterion the mean of the scores that count (current jury, no conflict), weighted by the criteria's weights, on a scale of 0 to 100.",
  normalised:
    "Normalised per juror: each juror's weighted scores in this challenge are standardised (minus that juror's mean, divided by their standard deviation), so a harsh and a lenient juror weigh the same; a solution's normalised score is the mean of its jurors' standardised scores. A juror with fewer than 2 scores, or the same score for every solution, contributes 0.",
} as const;

export type RankingMethod = keyof typeof METHOD_NOTES;

/** One counted evaluation as its weighted score (0–100), as `weightedScore` computes it. */
export interface WeightedEvaluation {
  solution_id: string;
  evaluator_id: string;
  score: number;
}

/**
 * Per solution, the mean of its jurors' z-scores: each juror's weighted scores are standardised
 * over that juror's counted evaluations in this challenge (population standard deviation). A juror
 * with fewer than 2 scores, or SD 0, carries no information about leniency and contributes z = 0.
 */
export function normalisedScores(evaluations: readonly WeightedEvaluation[]): Map<string, number> {
  const byJuror = new Map<string, WeightedEvaluation[]>();
  for (const e of evaluations) {
    const list = byJuror.get(e.evaluator_id) ?? [];
    list.push(e);
    byJuror.set(e.evaluator_id, list);
  }
  const zs = new Map<string, number[]>();
  for (const list of byJuror.values()) {
    const values = list.map((s) => s.score);
    const sd = values.length >= 2 ? standardDeviation(values) : 0;
    const centre = values.length >= 2 ? mean(values) : 0;
    for (const { solution_id, score } of list) {
      const z = sd > 0 ? zScore(score, centre, sd) : 0;
      zs.set(solution_id, [...(zs.get(solution_id) ?? []), z]);
    }
  }
  return new Map([...zs].map(([id, values]) => [id, mean(values)]));
}
