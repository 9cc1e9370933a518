import { z } from '@hono/zod-openapi';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { type CountedEvaluation, type WeightedCriterion, weightedScore } from './calibration';

/**
 * What the evaluation report needs from the individual evaluations that count, as small
 * aggregates: the spreads of each solution, the distribution of the scores, each juror's mean.
 * Issue 17: at 1 000 solutions × 20 jurors these come from 20 000 evaluations, too many to read
 * on every view of the report, so they are computed with the agreement figures and kept in
 * `ranking_cache` at the same `scores_version` (ranking-cache.ts); what is not a score (the
 * comments, the jurors' names, titles, the decision) is read fresh every time.
 */
export const ReportFiguresSchema = z.object({
  /** The criteria keys, in order: the order of each solution's criterion spreads. */
  keys: z.array(z.string()),
  /** Mean weighted score (0–100) of every evaluation that counts, unrounded; null without any. */
  mean: z.number().nullable(),
  /** Per criterion key: how many scores of 1, 2, 3, 4 and 5. */
  distribution: z.record(z.string(), z.array(z.number())),
  /** Per juror who scored: [evaluations that count, mean of their weighted scores, unrounded]. */
  jurors: z.record(z.string(), z.tuple([z.number(), z.number()])),
  /**
   * Per solution with an evaluation: the sample standard deviation of its jurors' weighted scores,
   * then of the scores of each criterion in `keys` order, rounded to 2 places; null with fewer
   * than two values.
   */
  spreads: z.record(z.string(), z.array(z.number().nullable())),
});
export type ReportFigures = z.output<typeof ReportFiguresSchema>;

const round = (value: number) => Math.round(value * 100) / 100;
/** Sample standard deviation, or null with fewer than two values (one juror has no spread). */
const spreadOf = (values: readonly number[]) =>
  values.length >= 2 ? round(sampleStandardDeviation([...values])) : null;

/** The report's figures from the evaluations that count and the stage's criteria (weights and order). */
export function reportFigures(
  counted: readonly CountedEvaluation[],
  criteria: readonly WeightedCriterion[],
): ReportFigures {
  const keys = criteria.map((c) => c.key);
  const distribution = Object.fromEntries(keys.map((k) => [k, [0, 0, 0, 0, 0]]));
  const bySolution = new Map<string, CountedEvaluation[]>();
  const byJuror = new Map<string, number[]>();
  const all: number[] = [];
  for (const e of counted) {
    const weighted = weightedScore(e.scores, criteria);
    all.push(weighted);
    const list = bySolution.get(e.solution_id);
    if (list) list.push(e);
    else bySolution.set(e.solution_id, [e]);
    const scored = byJuror.get(e.evaluator_id);
    if (scored) scored.push(weighted);
    else byJuror.set(e.evaluator_id, [weighted]);
    for (const k of keys) {
      const value = e.scores[k];
      const counts = distribution[k];
      if (counts && typeof value === 'number' && value >= 1 && value <= 5)
        counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    }
  }
  const spreads = Object.fromEntries(
    [...bySolution].map(([id, list]) => [
      id,
      [
        spreadOf(list.map((e) => weightedScore(e.scores, criteria))),
        ...keys.map((k) => spreadOf(list.flatMap((e) => (typeof e.scores[k] === 'number' ? [e.scores[k]] : [])))),
      ],
    ]),
  );
  const jurors = Object.fromEntries(
    [...byJuror].map(([id, scores]): [string, [number, number]] => [id, [scores.length, mean(scores)]]),
  );
  return { keys, mean: all.length > 0 ? mean(all) : null, distribution, jurors, spreads };
}

/** The report's figures but the spreads: what every read of the report needs whole (a few hundred bytes). */
export const ReportHeadSchema = ReportFiguresSchema.omit({ spreads: true });
export type ReportHead = z.output<typeof ReportHeadSchema>;

const SpreadsSchema = z.array(z.number().nullable());

/** One solution's kept spreads (`spreads[id]` above, as JSON text), or none when missing or malformed. */
export function spreadsOf(kept: string | null): readonly (number | null)[] {
  if (kept === null) return [];
  try {
    const parsed = SpreadsSchema.safeParse(JSON.parse(kept));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
