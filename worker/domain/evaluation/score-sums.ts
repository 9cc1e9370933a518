import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { solutionScores, solutionTallies } from '../../db/schema';

/**
 * Statements that rebuild the per-criterion sums of the solutions matching `which` (a condition
 * on `s`, the solutions table) from the evaluations that count: by current jury members who have
 * not declared a conflict on that solution. Run them in the same batch as the change that
 * affects the sums (an evaluation, a declaration, a jury change), after it. Each criterion is
 * summed from the evaluations, jury and declarations of its own stage (issue 15): its key names
 * the stage, so the selectors need none.
 */
export function recomputeScores(db: Database, which: SQL) {
  return [
    db
      .delete(solutionScores)
      .where(sql`${solutionScores.solution_id} IN (SELECT s.id FROM solutions s WHERE ${which})`),
    db.insert(solutionScores).select(sql`
      SELECT e.solution_id, c.key, sum(json_extract(e.scores, '$.' || c.key)), count(*), c.stage
      FROM solutions s
      JOIN evaluations e ON e.solution_id = s.id
      JOIN challenge_criteria c ON c.challenge_id = s.challenge_id AND c.stage = e.stage
      JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id AND a.stage = c.stage AND a.user_id = e.evaluator_id
      LEFT JOIN conflict_declarations d
        ON d.solution_id = e.solution_id AND d.stage = e.stage AND d.evaluator_id = e.evaluator_id
      WHERE ${which} AND coalesce(d.conflict, 0) = 0
      GROUP BY e.solution_id, c.key`),
    // The per-solution tallies of the weighted ranking, from the sums just written (issue 17).
    db
      .delete(solutionTallies)
      .where(sql`${solutionTallies.solution_id} IN (SELECT s.id FROM solutions s WHERE ${which})`),
    db.insert(solutionTallies).select(sql`${TALLIES_SELECT} AND ${which} ${TALLIES_GROUP}`),
  ] as const;
}

/**
 * Per solution and stage, from its per-criterion sums: the weighted score
 *   Σ w·(mean − 1)/4 / Σ w × 100
 * over that stage's criteria, the evaluations that count (the most any criterion has), the means
 * per criterion as JSON, and the submission time. Migration 0026 backfills with the same SQL
 * (without the `which` condition); the tallies property test recounts it from the raw rows.
 */
const TALLIES_SELECT = sql.raw(`
  SELECT ss.solution_id, c.stage, s.challenge_id,
    100.0 * sum(c.weight * ((1.0 * ss.total / ss.evaluations) - 1) / 4.0) / sum(c.weight),
    max(ss.evaluations), json_group_object(ss.criterion_key, 1.0 * ss.total / ss.evaluations), s.submitted_at
  FROM solutions s
  JOIN solution_scores ss ON ss.solution_id = s.id
  JOIN challenge_criteria c ON c.challenge_id = s.challenge_id AND c.key = ss.criterion_key AND c.stage = ss.stage
  WHERE ss.evaluations > 0`);
const TALLIES_GROUP = sql.raw('GROUP BY ss.solution_id, c.stage');

export const oneSolution = (solutionId: string) => sql`s.id = ${solutionId}`;
export const wholeChallenge = (challengeId: string) => sql`s.challenge_id = ${challengeId}`;
/** The solutions of a challenge one jury member scored: all a jury change can affect. */
export const scoredBy = (challengeId: string, userId: string) =>
  sql`s.challenge_id = ${challengeId} AND s.id IN (SELECT solution_id FROM evaluations WHERE evaluator_id = ${userId})`;
/** Every solution: for seeding. */
export const allSolutions = sql`1 = 1`;
