import { and, asc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conflictDeclarations, solutions, users } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import { JURY_EDITABLE } from '../challenges/lifecycle';
import { recomputeScores } from './score-sums';

/** `stage` is not over for the challenge `challengeId`: its current one or a later one. */
const notOver = (stage: SQLWrapper, challengeId: SQLWrapper) =>
  sql`${stage} >= (SELECT oc.current_stage FROM challenges oc WHERE oc.id = ${challengeId})`;

/**
 * The (solution, juror) pairs where the juror's organization is a team member's: names compared
 * trimmed and case-folded (until a directory of organizations exists), for the solutions matching
 * `which` (a condition on `s`), with the first such member's name and the organization: per stage
 * the juror sits on (issue 15) that is not over, since a recusal holds on every stage.
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
    AND ${notOver(sql`a.stage`, sql`s.challenge_id`)}
  GROUP BY s.id, a.stage, a.user_id`;

/**
 * Statements that bring the automatic conflicts of the solutions matching `which` in line with
 * their teams and juries — a juror from any team member's organization is recused, with the
 * reason — and then the ranking's sums, which count no conflicted evaluation. Run them in the
 * batch of the change (a member joins or leaves, a juror is seated), after it. An automatic
 * conflict that no longer holds is removed: the juror declares again. Only the stages not over
 * change: one whose ranking made a shortlist keeps the conflicts it was judged with (its sums,
 * recomputed from the same rows, stay as they were), whatever changes later.
 */
export function syncRecusals(db: Database, which: SQL) {
  const d = conflictDeclarations;
  return [
    db.delete(d).where(
      sql`${d.automatic} = 1
        AND ${d.solution_id} IN (SELECT s.id FROM solutions s WHERE ${which})
        AND ${notOver(d.stage, sql`(SELECT ds.challenge_id FROM solutions ds WHERE ds.id = ${d.solution_id})`)}
        AND (${d.solution_id}, ${d.stage}, ${d.evaluator_id}) NOT IN
          (SELECT solution_id, stage, evaluator_id FROM (${matches(which)}))`,
    ),
    db
      .insert(d)
      // Columns in the table's order; `WHERE 1` keeps SQLite from reading ON CONFLICT as a join's.
      .select(sql`SELECT solution_id, evaluator_id, stage, 1, NULL, ${NOW}, 1, reason FROM (${matches(which)}) WHERE 1`)
      .onConflictDoUpdate({
        target: [d.solution_id, d.stage, d.evaluator_id],
        set: { conflict: true, automatic: true, reason: sql`excluded.reason` },
      }),
    ...recomputeScores(db, which),
  ] as const;
}

/** The statuses whose jury can still change, written into the SQL (constants: no bound parameters). */
const JURY_EDITABLE_SQL = sql.raw(JURY_EDITABLE.map((status) => `'${status}'`).join(', '));

/**
 * `syncRecusals` for every open jury (JURY_EDITABLE: a decided jury never changes) where one of
 * `jurors` (a SELECT of user ids) sits: in the batch that changes their organization (a claim
 * confirmed, a membership ended), after the change. A juror who joins a team member's
 * organization is recused from that team's solution (their scores there stop counting); one who
 * leaves it is no longer, and declares again. `jurors` is a subquery, not a list of ids: D1 binds
 * at most 100 parameters to a statement, and a domain's verification confirms up to 100.
 */
export const syncJurorRecusals = (db: Database, jurors: SQL) =>
  syncRecusals(
    db,
    sql`s.challenge_id IN (SELECT ja.challenge_id FROM evaluator_assignments ja JOIN challenges jc ON jc.id = ja.challenge_id
      WHERE ja.user_id IN (${jurors}) AND jc.status IN (${JURY_EDITABLE_SQL}))`,
  );

/** One person, as `syncJurorRecusals` takes them. */
export const juror = (userId: string) => sql`SELECT ${userId}`;

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
