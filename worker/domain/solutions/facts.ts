import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, conflictDeclarations, evaluatorAssignments, solutions } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import type { SolutionFacts } from '../../policy/resources';

export const challengeFactColumns = {
  id: challenges.id,
  cluster_id: challenges.cluster_id,
  owner_id: challenges.owner_id,
  status: challenges.status,
  visibility: challenges.visibility,
  hidden_at: challenges.hidden_at,
  decided_at: challenges.decided_at,
  share_feedback: challenges.share_feedback,
};

/**
 * A solution with its challenge and, for a signed-in actor, whether they sit on the jury and what
 * they declared: everything the policy needs, in one query.
 */
export async function findSolution(db: Database, actor: Actor, id: string) {
  const viewer = actor.type === 'user' ? actor.id : '';
  const row = await db
    .select({
      solution: solutions,
      challenge: challengeFactColumns,
      on_jury: sql<number>`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${solutions.challenge_id}
        AND ${evaluatorAssignments.user_id} = ${viewer})`,
      conflict: conflictDeclarations.conflict,
    })
    .from(solutions)
    .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
    .leftJoin(
      conflictDeclarations,
      and(eq(conflictDeclarations.solution_id, solutions.id), eq(conflictDeclarations.evaluator_id, viewer)),
    )
    .where(eq(solutions.id, id))
    .get();
  if (!row) return undefined;
  const facts: SolutionFacts = {
    challenge: row.challenge,
    submitter_id: row.solution.submitter_id,
    status: row.solution.status,
    hidden_at: row.solution.hidden_at,
    jury: row.on_jury ? { conflict: row.conflict } : undefined,
  };
  return { ...row, facts };
}

export type SolutionRecord = NonNullable<Awaited<ReturnType<typeof findSolution>>>;
