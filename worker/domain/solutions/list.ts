import { and, asc, eq, gt, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  challenges,
  conflictDeclarations,
  evaluations,
  evaluatorAssignments,
  organizations,
  solutions,
} from '../../db/schema';
import type { SignedIn } from '../../policy/actor';
import type { SolutionListItem } from './solution.view';

/**
 * The solutions of a challenge a signed-in actor may know about, as one query that needs nothing
 * read before it (so it can share a round trip with the challenge): their own; all but drafts for
 * the cluster's moderators, and all but drafts and hidden ones for the owner; for jury members
 * every submitted one they have not declared a conflict on, with the summary only once they
 * declared none.
 */
export function solutionsQuery(db: Database, actor: SignedIn, challengeId: string, limit: number, afterId?: string) {
  const moderator = actor.isAdmin
    ? sql`1`
    : actor.moderates.length
      ? inArray(challenges.cluster_id, actor.moderates)
      : sql`0`;
  const owner = eq(challenges.owner_id, actor.id);
  const juror = sql`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${challengeId}
    AND ${evaluatorAssignments.user_id} = ${actor.id})`;
  return db
    .select({
      id: solutions.id,
      status: solutions.status,
      title: solutions.title,
      organization: organizations.name,
      trl: solutions.trl,
      summary: solutions.summary,
      submitted_at: solutions.submitted_at,
      submitter_id: solutions.submitter_id,
      conflict: conflictDeclarations.conflict,
      scored: sql<number>`${evaluations.solution_id} IS NOT NULL`,
      juror: sql<number>`${juror}`,
      insider: sql<number>`(${owner}) OR (${moderator})`,
    })
    .from(solutions)
    .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      conflictDeclarations,
      and(eq(conflictDeclarations.solution_id, solutions.id), eq(conflictDeclarations.evaluator_id, actor.id)),
    )
    .leftJoin(evaluations, and(eq(evaluations.solution_id, solutions.id), eq(evaluations.evaluator_id, actor.id)))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        or(
          eq(solutions.submitter_id, actor.id),
          and(moderator, ne(solutions.status, 'draft')),
          and(owner, ne(solutions.status, 'draft'), isNull(solutions.hidden_at)),
          and(
            juror,
            notInArray(solutions.status, ['draft', 'withdrawn']),
            isNull(solutions.hidden_at),
            sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
          ),
        ),
        afterId ? gt(solutions.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(solutions.id))
    .limit(limit);
}

type Row = Awaited<ReturnType<typeof solutionsQuery>>[number];

/** Jury members see title and organization before declaring; details once they declared no conflict. */
export function toListItem(actor: SignedIn, r: Row): SolutionListItem {
  const mine = r.submitter_id === actor.id;
  const cleared = mine || Boolean(r.insider) || r.conflict === false;
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    organization: r.organization,
    trl: cleared ? r.trl : null,
    summary: cleared ? r.summary : null,
    submitted_at: r.submitted_at,
    mine,
    my_conflict: r.juror ? r.conflict : null,
    my_scored: Boolean(r.scored),
  };
}
