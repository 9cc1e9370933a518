import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { juryProgress, solutions } from '../../db/schema';
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

/**
 * One count of a member's row in `jury_progress` (issue 17): the same counts as above, kept by
 * triggers (migration 0026) in the statement of every write that changes them, so a read is one
 * primary-key lookup instead of a count over every declaration and evaluation. No seat, no row: 0.
 */
const tallied = (column: 'declared' | 'conflicts' | 'scored', evaluator: Ref, challenge: Ref, stage?: number) =>
  sql<number>`coalesce((SELECT p.${sql.raw(column)} FROM ${juryProgress} p WHERE p.challenge_id = ${challenge}
    AND p.stage = ${stageOf(challenge, stage)} AND p.user_id = ${evaluator}), 0)`;

/** Solutions in the running on which the member declared (either way). */
export const declaredCount = (evaluator: Ref, challenge: Ref, stage?: number) =>
  tallied('declared', evaluator, challenge, stage);

export const conflictCount = (evaluator: Ref, challenge: Ref, stage?: number) =>
  tallied('conflicts', evaluator, challenge, stage);

/** Evaluations on solutions in the running on which the member declared no conflict. */
export const scoredCount = (evaluator: Ref, challenge: Ref, stage?: number) =>
  tallied('scored', evaluator, challenge, stage);

/** What the member has to get through: the solutions in the running minus their conflicts. */
export const workCount = (evaluator: Ref, challenge: Ref, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`((SELECT count(*) FROM ${inTheRunning(challenge, k)}) - ${conflictCount(evaluator, challenge, stage)})`;
};

/**
 * How far a member is with their declarations on the current stage, over every page of the
 * declaration page (issue 17): the solutions in the running and how many of them they declared on
 * (the tally); batchable.
 */
export const declarationProgress = (db: Database, challengeId: string, evaluatorId: string) =>
  db
    .select({ total: sql<number>`count(*)`, declared: declaredCount(evaluatorId, challengeId) })
    .from(solutions)
    .where(sql`${solutions.id} IN ${inTheRunning(challengeId, stageOf(challengeId))}`);
