import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conflictDeclarations, solutions, users } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import { JURY_EDITABLE } from '../challenges/lifecycle';
import { recomputeScores } from './score-sums';

/**
 * The (solution, juror) pairs where the juror's organization is a team member's: names compared
 * trimmed and case-folded (until a directory of organizations exists), for the solutions matching
 * `which` (a condition on `s`), with the first such member's name and the organization: per stage
 * the juror sits on (issue 15), since a recusal holds on every stage.
 */
const matches = (which: SQL) => sql`
  SELECT s.id AS solution_id, a.stage AS stage, a.user_id AS evaluator_id,
    json_object('organization', min(jo.name), 'member', min(mu.name)) AS reason
  FROM solutions s
  JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id
  JOIN users ju ON ju.id = a.user_id
  JOIN organizations jo ON jo.id = ju.organization_id
  JOIN solution_members m ON m.solution_id = s.id AND m.user_id <> a.user_id
  JOIN users mu ON mu.id = m.user_id
  WHERE ${which} AND m.organization_name <> '' AND lower(trim(m.organization_name)) = lower(trim(jo.name))
  GROUP BY s.id, a.stage, a.user_id`;

/**
 * Statements that bring the automatic conflicts of the solutions matching `which` in line with
 * their teams and juries — a juror from any team member's organization is recused, with the
 * reason — and then the ranking's sums, which count no conflicted evaluation. Run them in the
 * batch of the change (a member joins or leaves, a juror is seated), after it. An automatic
 * conflict that no longer holds is removed: the juror declares again.
 */
export function syncRecusals(db: Database, which: SQL) {
  return [
    db.delete(conflictDeclarations).where(
      sql`${conflictDeclarations.automatic} = 1
        AND ${conflictDeclarations.solution_id} IN (SELECT s.id FROM solutions s WHERE ${which})
        AND (${conflictDeclarations.solution_id}, ${conflictDeclarations.stage}, ${conflictDeclarations.evaluator_id}) NOT IN
          (SELECT solution_id, stage, evaluator_id FROM (${matches(which)}))`,
    ),
    db
      .insert(conflictDeclarations)
      // Columns in the table's order; `WHERE 1` keeps SQLite from reading ON CONFLICT as a join's.
      .select(sql`SELECT solution_id, evaluator_id, stage, 1, NULL, ${NOW}, 1, reason FROM (${matches(which)}) WHERE 1`)
      .onConflictDoUpdate({
        target: [conflictDeclarations.solution_id, conflictDeclarations.stage, conflictDeclarations.evaluator_id],
        set: { conflict: true, automatic: true, reason: sql`excluded.reason` },
      }),
    ...recomputeScores(db, which),
  ] as const;
}

/**
 * The solutions of the challenges whose jury can still change (JURY_EDITABLE: a decided jury never
 * does) where one of `userIds` sits.
 */
const onOpenJuriesOf = (
  userIds: readonly string[],
) => sql`s.challenge_id IN (SELECT ja.challenge_id FROM evaluator_assignments ja
  JOIN challenges jc ON jc.id = ja.challenge_id
  WHERE ${inArray(sql`ja.user_id`, [...userIds])} AND ${inArray(sql`jc.status`, [...JURY_EDITABLE])})`;

/**
 * `syncRecusals` for every open jury one of `userIds` sits on: in the batch that changes their
 * organization (a claim confirmed, a membership ended), after the change. A juror who joins a
 * team member's organization is recused from that team's solution (their scores there stop
 * counting); one who leaves it is no longer, and declares again. Nothing for nobody.
 */
export const syncJurorRecusals = (db: Database, userIds: readonly string[]) =>
  userIds.length ? syncRecusals(db, onOpenJuriesOf(userIds)) : [];

/** The sentence an automatic conflict's reason makes, in the API's language (pages translate it). */
export const reasonSentence = (reason: { organization: string; member: string } | null) =>
  reason ? `Jury member's organization (${reason.organization}) is that of team member ${reason.member}.` : null;

/** The automatic recusals of a challenge's jury, by solution and juror (optionally one of each); batchable. */
export const recusalList = (
  db: Database,
  challengeId: string | SQL,
  filter: { solutionId?: string; jurorId?: string },
) =>
  db
    .select({
      solution_id: conflictDeclarations.solution_id,
      solution_title: sql<string>`${solutions.title}`.as('recused_solution_title'),
      juror_id: conflictDeclarations.evaluator_id,
      juror_name: sql<string>`${users.name}`.as('recused_juror_name'),
      reason: conflictDeclarations.reason,
      recused_at: conflictDeclarations.declared_at,
    })
    .from(conflictDeclarations)
    .innerJoin(solutions, eq(solutions.id, conflictDeclarations.solution_id))
    .innerJoin(users, eq(users.id, conflictDeclarations.evaluator_id))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        eq(conflictDeclarations.automatic, true),
        filter.solutionId !== undefined ? eq(conflictDeclarations.solution_id, filter.solutionId) : undefined,
        filter.jurorId !== undefined ? eq(conflictDeclarations.evaluator_id, filter.jurorId) : undefined,
      ),
    )
    .orderBy(asc(solutions.id), asc(conflictDeclarations.evaluator_id))
    .limit(500);

export type RecusalRow = Awaited<ReturnType<typeof recusalList>>[number];

/** A recusal as the API answers it. */
export const toRecusal = (r: RecusalRow) => ({
  solution_id: r.solution_id,
  solution_title: r.solution_title,
  juror_id: r.juror_id,
  juror_name: r.juror_name,
  organization: r.reason?.organization ?? '',
  member: r.reason?.member ?? '',
  reason: reasonSentence(r.reason) ?? '',
  recused_at: r.recused_at,
});
