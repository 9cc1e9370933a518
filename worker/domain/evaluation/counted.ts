import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Database } from '../../db/client';
import {
  challengeCriteria,
  conflictDeclarations,
  decisionOverrides,
  evaluations,
  evaluatorAssignments,
  solutions,
} from '../../db/schema';
import { RANKED } from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * The filter of the evaluations that count, on a query from `evaluations` (current jury, no
 * declared conflict, solutions in the running): the same as the ranking's per-criterion sums;
 * `also` narrows it further. Per stage (issue 15; default the current one): that stage's
 * evaluations, jury and declarations, over its cohort.
 */
export const counting = <T extends SQLiteSelect>(query: T, challengeId: string, also: SQL[] = [], stage?: StageRef) => {
  const k = stageOf(challengeId, stage);
  return query
    .innerJoin(solutions, eq(solutions.id, evaluations.solution_id))
    .innerJoin(
      evaluatorAssignments,
      and(
        eq(evaluatorAssignments.challenge_id, solutions.challenge_id),
        eq(evaluatorAssignments.stage, evaluations.stage),
        eq(evaluatorAssignments.user_id, evaluations.evaluator_id),
      ),
    )
    .leftJoin(
      conflictDeclarations,
      and(
        eq(conflictDeclarations.solution_id, evaluations.solution_id),
        eq(conflictDeclarations.stage, evaluations.stage),
        eq(conflictDeclarations.evaluator_id, evaluations.evaluator_id),
      ),
    )
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${evaluations.stage} = ${k}`,
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        inStage(solutions.id, k),
        sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
        ...also,
      ),
    );
};

/**
 * The evaluations that count in a challenge, with their scores per criterion, in one query: the
 * same filter as the ranking's per-criterion sums (`recomputeScores`); batchable. For the
 * agreement figures, which need every criterion's score.
 */
export const countedEvaluations = (db: Database, challengeId: string, stage?: StageRef) =>
  counting(
    db
      .select({
        solution_id: evaluations.solution_id,
        evaluator_id: evaluations.evaluator_id,
        scores: evaluations.scores,
      })
      .from(evaluations)
      .$dynamic(),
    challengeId,
    [],
    stage,
  );

/**
 * The same evaluations as one weighted score each (0–100, as `weightedScore` computes it: a
 * criterion left out counts as 1), computed by SQLite: three scalars a row instead of the scores'
 * JSON, which is what the normalised ranking needs on every read; batchable.
 */
export const weightedEvaluations = (db: Database, challengeId: string, stage?: StageRef) =>
  counting(
    db
      .select({
        solution_id: evaluations.solution_id,
        evaluator_id: evaluations.evaluator_id,
        score: sql<number>`coalesce((SELECT 25.0 * sum(c.weight * (coalesce(json_extract(${evaluations.scores},
          '$."' || c.key || '"'), 1) - 1)) / nullif(sum(c.weight), 0)
          FROM ${challengeCriteria} AS c WHERE c.challenge_id = ${solutions.challenge_id}
          AND c.stage = ${evaluations.stage}), 0)`.mapWith(Number),
      })
      .from(evaluations)
      .$dynamic(),
    challengeId,
    [],
    stage,
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
