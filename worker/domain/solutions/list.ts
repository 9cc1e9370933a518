import { and, asc, desc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  challenges,
  conflictDeclarations,
  evaluations,
  organizations,
  solutionMembers,
  solutions,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import type { SolutionListItem } from './solution.view';

/** Who may see which solutions, as SQL (built by the access layer; see access/scopes). */
export interface SolutionScope {
  /** The rows this reader may see. */
  where: SQL | undefined;
  /** Whether the reader sits on the challenge's jury. */
  juror: SQL;
  /** Whether the reader is the challenge's owner or moderates its cluster. */
  insider: SQL;
}

/**
 * A page of a challenge's solutions within `scope`, with the reader's own declaration and
 * whether they scored each; one query.
 */
export function solutionsQuery(
  db: Database,
  actor: SignedIn,
  challengeId: string,
  scope: SolutionScope,
  limit: number,
  afterId?: string,
) {
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
      on_team:
        sql<number>`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${solutions.id}
        AND ${solutionMembers.user_id} = ${actor.id})`.as('on_team'),
      // The reader's declaration and score in the challenge's current stage (issue 15).
      conflict: conflictDeclarations.conflict,
      scored: sql<number>`${evaluations.solution_id} IS NOT NULL`,
      juror: sql<number>`${scope.juror}`,
      insider: sql<number>`${scope.insider}`,
    })
    .from(solutions)
    .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      conflictDeclarations,
      and(
        eq(conflictDeclarations.solution_id, solutions.id),
        eq(conflictDeclarations.stage, challenges.current_stage),
        eq(conflictDeclarations.evaluator_id, actor.id),
      ),
    )
    .leftJoin(
      evaluations,
      and(
        eq(evaluations.solution_id, solutions.id),
        eq(evaluations.stage, challenges.current_stage),
        eq(evaluations.evaluator_id, actor.id),
      ),
    )
    .where(and(eq(solutions.challenge_id, challengeId), scope.where, afterId ? gt(solutions.id, afterId) : undefined))
    .orderBy(asc(solutions.id))
    .limit(limit);
}

type Row = Awaited<ReturnType<typeof solutionsQuery>>[number];

/**
 * Jury members see title and organization before declaring; details once they declared no
 * conflict. `identified` is the policy's `solvers.identify` (false for a jury member of a
 * challenge reviewed blind: no organization then, as on everything else they read).
 */
export function toListItem(actor: SignedIn, r: Row, identified: boolean): SolutionListItem {
  const mine = r.submitter_id === actor.id || Boolean(r.on_team);
  const cleared = mine || Boolean(r.insider) || r.conflict === false;
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    organization: mine || identified ? r.organization : null,
    blind: !mine && !identified,
    trl: cleared ? r.trl : null,
    summary: cleared ? r.summary : null,
    submitted_at: r.submitted_at,
    mine,
    my_conflict: r.juror ? r.conflict : null,
    my_scored: Boolean(r.scored),
  };
}

/**
 * The viewer's own solutions (and their teams') on a challenge, newest first, for the challenge page ("you have a
 * solution here"); batchable. An anonymous viewer (`''`) has none.
 */
export const mySolutionsQuery = (db: Database, challengeId: string, viewerId: string) =>
  db
    .select({ id: solutions.id, title: solutions.title, status: solutions.status })
    .from(solutions)
    .where(
      and(
        // Found from the viewer's side (issue 17): by the submitter and member indexes, not by
        // reading every solution of the challenge (`+` keeps SQLite off the challenge's index).
        sql`+${solutions.challenge_id} = ${challengeId}`,
        or(
          eq(solutions.submitter_id, viewerId),
          // Solutions whose team they are on (issue 14).
          inArray(
            solutions.id,
            db
              .select({ id: solutionMembers.solution_id })
              .from(solutionMembers)
              .where(eq(solutionMembers.user_id, viewerId)),
          ),
        ),
      ),
    )
    .orderBy(desc(solutions.id));

export type MySolution = Awaited<ReturnType<typeof mySolutionsQuery>>[number];
