import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conflictDeclarations, juryProgress as juryProgressTally, solutions } from '../../db/schema';
import { RANKED } from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

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
  sql<number>`coalesce((SELECT p.${sql.raw(column)} FROM ${juryProgressTally} p WHERE p.challenge_id = ${challenge}
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

/** A user's seat on the jury from their `juryProgress` row, as the policy's ranking facts want it. */
export const jurySeat = (row: { on_jury: number; pending: number } | undefined) =>
  row?.on_jury ? { done: row.pending === 0 } : undefined;

/**
 * For one user: whether they sit on the jury of a stage (default: the current one) and how many
 * ranked solutions of its cohort they still have to score (those without a declared conflict);
 * batchable. Issue 17: from the member's tallies, so it costs a count of the solutions in the
 * running only for a member of the jury (0 pending for anyone else: `jurySeat` ignores it).
 */
export function juryProgress(db: Database, challengeId: string, evaluatorId: string, stage?: StageRef) {
  const k = stageOf(challengeId, stage);
  const seated = sql`EXISTS (SELECT 1 FROM evaluator_assignments WHERE challenge_id = ${challengeId} AND stage = ${k}
    AND user_id = ${evaluatorId})`;
  return db
    .select({
      on_jury: sql<number>`${seated}`,
      pending: sql<number>`CASE WHEN ${seated}
        THEN ${workCount(evaluatorId, challengeId, stage)} - ${scoredCount(evaluatorId, challengeId, stage)} ELSE 0 END`,
    })
    .from(sql`(SELECT 1)`);
}

/** The solutions of a challenge a user declared a conflict on in a stage (default: the current one); batchable. */
export const conflictsOf = (db: Database, challengeId: string, userId: string, stage?: StageRef) =>
  db
    .select({ solution_id: conflictDeclarations.solution_id })
    .from(conflictDeclarations)
    .innerJoin(solutions, eq(solutions.id, conflictDeclarations.solution_id))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        eq(conflictDeclarations.evaluator_id, userId),
        sql`${conflictDeclarations.stage} = ${stageOf(challengeId, stage)}`,
        eq(conflictDeclarations.conflict, true),
      ),
    );

/** How many solutions of a stage's cohort (default: the current stage) are in the running (what each jury member has to get through); batchable. */
export const rankedCount = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({ count: sql<number>`count(*)` })
    .from(solutions)
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        inStage(solutions.id, stageOf(challengeId, stage)),
      ),
    );
