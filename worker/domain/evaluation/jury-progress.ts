import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeTallies, conflictDeclarations, evaluatorAssignments, juryProgress, solutions } from '../../db/schema';
import { RANKED } from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

type Ref = AnyColumn | SQL | string;

/*
 * A jury member's progress, counted one way everywhere (jury page, work list, my page): the
 * solutions in the running (`inTheRunning`) are the ranked (`RANKED`), unhidden ones of the stage's
 * cohort (`inStage`); a conflict takes one out of their work; a score counts when given on a
 * solution still in their work. SQL expressions for selects. Per stage (issue 15): the challenge's
 * current one unless `stage` names another; declarations and scores are those of that stage. Every
 * count is a tally kept by triggers (migrations 0026 and 0029), recounted from the raw rows by
 * tests/api/evaluation/jury-progress.property.test.ts.
 */

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

/**
 * How many solutions are in the running of a stage: `inTheRunning` counted, kept in
 * `challenge_tallies` by triggers (migration 0029) in the statement of every write that moves one
 * in or out, so a read is one primary-key lookup instead of a count over every solution of the
 * challenge. No row: none.
 */
export const runningCount = (challenge: Ref, stage?: number) =>
  sql<number>`coalesce((SELECT t.running FROM ${challengeTallies} t WHERE t.challenge_id = ${challenge}
    AND t.stage = ${stageOf(challenge, stage)}), 0)`;

/**
 * The solutions in the running of a stage a viewer declared a conflict on (what their view of the
 * ranking leaves out): the tally for a member of that stage's jury; for anyone else (someone
 * removed from it keeps their declarations) counted from their own declarations, by the evaluator
 * index, never over the challenge's solutions. '' (nobody's): 0.
 */
export const hiddenCount = (viewer: string, challenge: string, stage?: number) => {
  const k = stageOf(challenge, stage);
  return sql<number>`coalesce((SELECT p.conflicts FROM ${juryProgress} p WHERE p.challenge_id = ${challenge}
    AND p.stage = ${k} AND p.user_id = ${viewer}), (SELECT count(*) FROM ${conflictDeclarations} h
    JOIN ${solutions} s ON s.id = h.solution_id WHERE h.evaluator_id = ${viewer} AND h.stage = ${k} AND h.conflict = 1
    AND +s.challenge_id = ${challenge} AND s.status IN ${RANKED} AND s.hidden_at IS NULL AND ${inStage(sql`s.id`, k)}))`;
};

/** What the member has to get through: the solutions in the running minus their conflicts. */
export const workCount = (evaluator: Ref, challenge: Ref, stage?: number) =>
  sql<number>`(${runningCount(challenge, stage)} - ${conflictCount(evaluator, challenge, stage)})`;

/**
 * How far a member is with their declarations on the current stage, over every page of the
 * declaration page (issue 17): the solutions in the running and how many of them they declared on
 * (both tallies); batchable, one row.
 */
export const declarationProgress = (db: Database, challengeId: string, evaluatorId: string) =>
  db
    .select({
      total: runningCount(challengeId).as('running_total'),
      declared: declaredCount(evaluatorId, challengeId).as('declared_total'),
    })
    .from(sql`(SELECT 1)`);

/** A user's seat on the jury from their `seatProgress` row, as the policy's ranking facts want it. */
export const jurySeat = (row: { on_jury: number; pending: number } | undefined) =>
  row?.on_jury ? { done: row.pending === 0 } : undefined;

/**
 * A user's seat on the jury of a stage (default: the current one) and how many solutions of its
 * cohort they still have to score (in the running, no conflict declared, no score yet), from the
 * tallies (issue 17): the running minus their conflicts and their scores, which `jury_progress`
 * keeps disjoint. One row whatever the challenge's size, for `jurySeat` (which ignores `pending`
 * for anyone without a seat). Batchable.
 */
export const seatProgress = (db: Database, challengeId: string, userId: string, stage?: StageRef) =>
  db
    .select({
      on_jury: sql<number>`EXISTS (SELECT 1 FROM ${evaluatorAssignments} a WHERE a.challenge_id = ${challengeId}
        AND a.stage = ${stageOf(challengeId, stage)} AND a.user_id = ${userId})`.as('on_jury'),
      pending: sql<number>`(${workCount(userId, challengeId, stage)} - ${scoredCount(userId, challengeId, stage)})`.as(
        'pending',
      ),
    })
    .from(sql`(SELECT 1)`);

/** The solutions of a challenge a user declared a conflict on in a stage (default: the current one); batchable. */
export const conflictsOf = (db: Database, challengeId: string, userId: string, stage?: StageRef) =>
  db
    .select({ solution_id: conflictDeclarations.solution_id })
    .from(conflictDeclarations)
    .innerJoin(solutions, eq(solutions.id, conflictDeclarations.solution_id))
    .where(
      and(
        // `+`: from the user's own declarations (the evaluator index), not over the challenge's solutions.
        sql`+${solutions.challenge_id} = ${challengeId}`,
        eq(conflictDeclarations.evaluator_id, userId),
        sql`${conflictDeclarations.stage} = ${stageOf(challengeId, stage)}`,
        eq(conflictDeclarations.conflict, true),
      ),
    );

/**
 * How many solutions of a stage's cohort (default: the current stage) are in the running (what
 * each jury member has to get through), from the tally (`runningCount`); batchable, one row.
 */
export const rankedCount = (db: Database, challengeId: string, stage?: StageRef) =>
  db.select({ count: runningCount(challengeId, stage).as('running_count') }).from(sql`(SELECT 1)`);
