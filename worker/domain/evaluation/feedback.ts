import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { evaluations, solutions, solutionTallies } from '../../db/schema';
import { counting } from './counted';
import { RANKED, round, roundAll } from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * Aggregate jury feedback on one solution, without evaluators' names: its score and means as the
 * ranking has them, and the comments of the evaluations that count (the ranking's filter), in a
 * stage (default: the current one).
 *
 * Issue 17: the figures are the solution's own tallies (`solution_tallies`, kept in the batch of
 * every change that counts, the rows the ranking orders), read by their key under the ranking's
 * conditions on that one solution (in the running, not hidden, in the stage's cohort), so the cost
 * is the same whatever the size of the challenge. Ranking the whole challenge to pick one row out
 * of it read every solution. The feedback names no rank, so no place is needed.
 */
export async function feedbackFor(db: Database, challengeId: string, solutionId: string, stage?: StageRef) {
  const k = stageOf(challengeId, stage);
  const [rows, comments] = await db.batch([
    db
      .select({
        score: solutionTallies.score,
        evaluations: sql<number>`coalesce(${solutionTallies.evaluations}, 0)`.as('evaluations'),
        means: sql<string>`coalesce(${solutionTallies.means}, '{}')`.as('means'),
      })
      .from(solutions)
      .leftJoin(
        solutionTallies,
        and(eq(solutionTallies.solution_id, solutions.id), sql`${solutionTallies.stage} = ${k}`),
      )
      .where(
        and(
          eq(solutions.id, solutionId),
          eq(solutions.challenge_id, challengeId),
          sql`${solutions.status} IN ${RANKED}`,
          isNull(solutions.hidden_at),
          inStage(solutions.id, k),
        ),
      ),
    counting(
      db.select({ comment: evaluations.comment }).from(evaluations).$dynamic(),
      challengeId,
      [eq(evaluations.solution_id, solutionId), isNotNull(evaluations.comment)],
      stage,
    ),
  ]);
  const row = rows[0];
  return {
    score: row?.score == null ? null : round(row.score),
    evaluations: row?.evaluations ?? 0,
    criteria: row ? roundAll(JSON.parse(row.means) as Record<string, number>) : {},
    comments: comments.map((c) => c.comment ?? ''),
  };
}
