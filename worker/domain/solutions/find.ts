import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  challenges,
  conflictDeclarations,
  evaluations,
  evaluatorAssignments,
  organizations,
  solutions,
  users,
} from '../../db/schema';
import type { Actor } from '../actor';

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
 * A solution with its challenge, submitter and organization, and for a signed-in actor whether
 * they sit on the jury, what they declared and their own evaluation: everything the policy and
 * the detail view need, in one query.
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
      submitter_name: users.name,
      organization: { name: organizations.name, kind: organizations.kind, country: organizations.country },
      my_evaluation: { scores: evaluations.scores, comment: evaluations.comment, updated_at: evaluations.updated_at },
    })
    .from(solutions)
    .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
    .innerJoin(users, eq(users.id, solutions.submitter_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(evaluations, and(eq(evaluations.solution_id, solutions.id), eq(evaluations.evaluator_id, viewer)))
    .leftJoin(
      conflictDeclarations,
      and(eq(conflictDeclarations.solution_id, solutions.id), eq(conflictDeclarations.evaluator_id, viewer)),
    )
    .where(eq(solutions.id, id))
    .get();
  if (!row) return undefined;
  // `conflict` is the viewer's own declaration: null when none (or when they are not on the jury).
  return { ...row, on_jury: Boolean(row.on_jury), jury_conflict: row.conflict };
}

export type SolutionRecord = NonNullable<Awaited<ReturnType<typeof findSolution>>>;
