import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conflictDeclarations, decisionOverrides, evaluations, evaluatorAssignments, solutions } from '../../db/schema';
import { RANKED } from './ranking';

/**
 * The evaluations that count in a challenge, in one query: the same filter as the ranking's
 * per-criterion sums (`recomputeScores`: current jury, no declared conflict), over the solutions
 * in the running (ranked statuses, not hidden); batchable.
 */
export const countedEvaluations = (db: Database, challengeId: string) =>
  db
    .select({
      solution_id: evaluations.solution_id,
      evaluator_id: evaluations.evaluator_id,
      scores: evaluations.scores,
    })
    .from(evaluations)
    .innerJoin(solutions, eq(solutions.id, evaluations.solution_id))
    .innerJoin(
      evaluatorAssignments,
      and(
        eq(evaluatorAssignments.challenge_id, solutions.challenge_id),
        eq(evaluatorAssignments.user_id, evaluations.evaluator_id),
      ),
    )
    .leftJoin(
      conflictDeclarations,
      and(
        eq(conflictDeclarations.solution_id, evaluations.solution_id),
        eq(conflictDeclarations.evaluator_id, evaluations.evaluator_id),
      ),
    )
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
      ),
    );

/** The winners named under the minimum of evaluations, with the owner's note; batchable. */
export const overridesOf = (db: Database, challengeId: string) =>
  db
    .select({
      solution_id: decisionOverrides.solution_id,
      note: decisionOverrides.note,
      created_at: decisionOverrides.created_at,
    })
    .from(decisionOverrides)
    .where(eq(decisionOverrides.challenge_id, challengeId));
