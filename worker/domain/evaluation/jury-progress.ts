import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { conflictDeclarations, evaluations, solutions } from '../../db/schema';
import { RANKED } from './ranking';

type Ref = AnyColumn | SQL | string;

/**
 * A jury member's progress, counted one way everywhere (jury page, work list, my page): the
 * solutions in the running are the ranked, unhidden ones; a conflict takes one out of their
 * work; a score counts when given on a solution still in their work. SQL expressions for selects.
 */
const inTheRunning = (challenge: Ref) =>
  sql`(SELECT ${solutions.id} FROM ${solutions} WHERE ${solutions.challenge_id} = ${challenge}
    AND ${solutions.status} IN ${RANKED} AND ${solutions.hidden_at} IS NULL)`;

const conflicted = (evaluator: Ref, solution: Ref) =>
  sql`EXISTS (SELECT 1 FROM ${conflictDeclarations} d WHERE d.solution_id = ${solution} AND d.evaluator_id = ${evaluator} AND d.conflict = 1)`;

/** Solutions in the running on which the member declared (either way). */
export const declaredCount = (evaluator: Ref, challenge: Ref) =>
  sql<number>`(SELECT count(*) FROM ${conflictDeclarations} WHERE ${conflictDeclarations.evaluator_id} = ${evaluator}
    AND ${conflictDeclarations.solution_id} IN ${inTheRunning(challenge)})`;

export const conflictCount = (evaluator: Ref, challenge: Ref) =>
  sql<number>`(SELECT count(*) FROM ${conflictDeclarations} WHERE ${conflictDeclarations.evaluator_id} = ${evaluator}
    AND ${conflictDeclarations.conflict} = 1 AND ${conflictDeclarations.solution_id} IN ${inTheRunning(challenge)})`;

export const scoredCount = (evaluator: Ref, challenge: Ref) =>
  sql<number>`(SELECT count(*) FROM ${evaluations} e WHERE e.evaluator_id = ${evaluator}
    AND e.solution_id IN ${inTheRunning(challenge)} AND NOT ${conflicted(sql`e.evaluator_id`, sql`e.solution_id`)})`;

/** What the member has to get through: the solutions in the running minus their conflicts. */
export const workCount = (evaluator: Ref, challenge: Ref) =>
  sql<number>`((SELECT count(*) FROM ${inTheRunning(challenge)}) - ${conflictCount(evaluator, challenge)})`;
