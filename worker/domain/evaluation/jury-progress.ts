import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { conflictDeclarations, evaluations, solutions } from '../../db/schema';
import { RANKED } from './ranking';
import { inStage, stageOf } from './stage';

type Ref = AnyColumn | SQL | string;

/**
 * A jury member's progress, counted one way everywhere (jury page, work list, my page): the
 * solutions in the running are the ranked, unhidden ones; a conflict takes one out of their
 * work; a score counts when given on a solution still in their work. SQL expressions for selects.
 * Per stage (issue 15): the challenge's current one unless `stage` names another; the running is
 * that stage's cohort, and declarations and scores are those of that stage.
 */
const inTheRunning = (challenge: Ref, k: SQL) =>
  sql`(SELECT ${solutions.id} FROM ${solutions} WHERE ${solutions.challenge_id} = ${challenge}
    AND ${solutions.status} IN ${RANKED} AND ${solutions.hidden_at} IS NULL AND ${inStage(solutions.id, k)})`;

const conflicted = (evaluator: Ref, solution: Ref, k: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${conflictDeclarations} d WHERE d.solution_id = ${solution} AND d.stage = ${k}
    AND d.evaluator_id = ${evaluator} AND d.conflict = 1)`;

/** Solutions in the running on which the member declared (either way). */
export const declaredCount = (evaluator: Ref, challenge: Ref, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`(SELECT count(*) FROM ${conflictDeclarations} WHERE ${conflictDeclarations.evaluator_id} = ${evaluator}
    AND ${conflictDeclarations.stage} = ${k} AND ${conflictDeclarations.solution_id} IN ${inTheRunning(challenge, k)})`;
};

export const conflictCount = (evaluator: Ref, challenge: Ref, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`(SELECT count(*) FROM ${conflictDeclarations} WHERE ${conflictDeclarations.evaluator_id} = ${evaluator}
    AND ${conflictDeclarations.stage} = ${k} AND ${conflictDeclarations.conflict} = 1
    AND ${conflictDeclarations.solution_id} IN ${inTheRunning(challenge, k)})`;
};

export const scoredCount = (evaluator: Ref, challenge: Ref, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`(SELECT count(*) FROM ${evaluations} e WHERE e.evaluator_id = ${evaluator} AND e.stage = ${k}
    AND e.solution_id IN ${inTheRunning(challenge, k)} AND NOT ${conflicted(sql`e.evaluator_id`, sql`e.solution_id`, k)})`;
};

/** What the member has to get through: the solutions in the running minus their conflicts. */
export const workCount = (evaluator: Ref, challenge: Ref, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`((SELECT count(*) FROM ${inTheRunning(challenge, k)}) - ${conflictCount(evaluator, challenge, stage)})`;
};
