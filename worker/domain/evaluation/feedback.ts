import { eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { evaluations } from '../../db/schema';
import { counting } from './counted';
import { rankedRows, round, roundAll } from './ranking';
import type { StageRef } from './stage';

/**
 * Aggregate jury feedback on one solution, without evaluators' names: its score and means as the
 * ranking has them, and the comments of the evaluations that count (the ranking's filter), in a
 * stage (default: the current one).
 */
export async function feedbackFor(db: Database, challengeId: string, solutionId: string, stage?: StageRef) {
  const [rows, comments] = await db.batch([
    rankedRows(db, challengeId, solutionId, stage),
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
