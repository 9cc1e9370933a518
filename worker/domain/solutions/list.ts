import { and, asc, eq, gt, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conflictDeclarations, evaluations, evaluatorAssignments, organizations, solutions } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import { isSignedIn, moderates } from '../../policy/decisions';
import type { ChallengeRecord } from '../challenges/read';
import type { SolutionListItem } from './solution.view';

/**
 * The solutions of a challenge this actor may know about, in one query: their own; all but drafts
 * for moderators, and for the owner all but drafts and hidden ones; for jury members every submitted one they have not declared a
 * conflict on, with the summary only once they declared none. Others see only their own.
 */
export async function listSolutions(
  db: Database,
  actor: Actor,
  challenge: ChallengeRecord,
  limit: number,
  afterId?: string,
): Promise<(SolutionListItem & { id: string })[]> {
  if (!isSignedIn(actor)) return [];
  const { row } = challenge;
  const owner = actor.id === row.owner_id;
  const moderator = moderates(actor, row.cluster_id);
  const juror = sql`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${row.id}
    AND ${evaluatorAssignments.user_id} = ${actor.id})`;
  const visible = or(
    eq(solutions.submitter_id, actor.id),
    moderator ? ne(solutions.status, 'draft') : undefined,
    owner ? and(ne(solutions.status, 'draft'), isNull(solutions.hidden_at)) : undefined,
    and(
      juror,
      notInArray(solutions.status, ['draft', 'withdrawn']),
      isNull(solutions.hidden_at),
      sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
    ),
  );
  const rows = await db
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
    })
    .from(solutions)
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      conflictDeclarations,
      and(eq(conflictDeclarations.solution_id, solutions.id), eq(conflictDeclarations.evaluator_id, actor.id)),
    )
    .leftJoin(evaluations, and(eq(evaluations.solution_id, solutions.id), eq(evaluations.evaluator_id, actor.id)))
    .where(and(eq(solutions.challenge_id, row.id), visible, afterId ? gt(solutions.id, afterId) : undefined))
    .orderBy(asc(solutions.id))
    .limit(limit);
  return rows.map((r) => {
    const mine = r.submitter_id === actor.id;
    const cleared = mine || owner || moderator || r.conflict === false;
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
  });
}
