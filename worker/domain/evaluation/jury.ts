import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { evaluatorAssignments, organizations, solutionMembers, solutions, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit, auditIf } from '../audit';
import { juryEditable } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { DomainError } from '../errors';
import { conflictCount, declaredCount, scoredCount } from './jury-progress';
import { syncRecusals } from './recusals';
import { recomputeScores, scoredBy, wholeChallenge } from './score-sums';
import { type StageRef, stageOf } from './stage';

/**
 * Jury members of a stage (default: the current one) with their progress there (declarations,
 * conflicts, scores; see jury-progress); one query.
 */
export function listJury(db: Database, challengeId: string, userId?: string, stage?: StageRef) {
  const member = evaluatorAssignments.user_id;
  return db
    .select({
      user_id: evaluatorAssignments.user_id,
      // Aliased: D1 batch rows are keyed by column name, and both of these are `name`.
      name: sql<string>`${users.name}`.as('member_name'),
      organization: sql<string | null>`${organizations.name}`.as('member_organization'),
      assigned_at: evaluatorAssignments.created_at,
      declared: declaredCount(member, challengeId, stage).as('declared'),
      conflicts: conflictCount(member, challengeId, stage).as('conflicts'),
      scored: scoredCount(member, challengeId, stage).as('scored'),
    })
    .from(evaluatorAssignments)
    .innerJoin(users, eq(users.id, evaluatorAssignments.user_id))
    .leftJoin(organizations, eq(organizations.id, users.organization_id))
    .where(
      and(
        eq(evaluatorAssignments.challenge_id, challengeId),
        sql`${evaluatorAssignments.stage} = ${stageOf(challengeId, stage)}`,
        userId ? eq(evaluatorAssignments.user_id, userId) : undefined,
      ),
    )
    .orderBy(asc(evaluatorAssignments.created_at));
}

function assertJuryEditable(record: ChallengeRecord) {
  if (!juryEditable(record.row.status)) {
    throw new DomainError('invalid_state', `The jury is fixed once a challenge is ${record.row.status}.`, {
      details: { current_state: record.row.status },
    });
  }
}

/**
 * Whether a user may take a seat on this challenge's jury: the jury is still open, the account
 * has confirmed its address (an unconfirmed one may be someone else's), and they submitted no
 * solution to it (a draft does not count: the owner must not learn of it, and write.ts keeps a
 * juror from submitting one). One round trip.
 */
export async function assertCanSit(db: Database, record: ChallengeRecord, userId: string) {
  assertJuryEditable(record);
  const [user, submitted] = await db.batch([
    db.select({ id: users.id, confirmed: users.email_confirmed_at }).from(users).where(eq(users.id, userId)),
    db
      .select({ id: solutions.id })
      .from(solutions)
      .where(
        and(
          eq(solutions.challenge_id, record.row.id),
          or(
            eq(solutions.submitter_id, userId),
            // On a solution's team (issue 14): they compete as much as its submitter.
            inArray(
              solutions.id,
              db
                .select({ id: solutionMembers.solution_id })
                .from(solutionMembers)
                .where(eq(solutionMembers.user_id, userId)),
            ),
          ),
          ne(solutions.status, 'draft'),
        ),
      )
      .limit(1),
  ]);
  if (!user[0]) throw new DomainError('not_found', `There is no user with the id '${userId}'.`);
  if (user[0].confirmed === null) {
    throw new DomainError(
      'invalid_state',
      'This account has not confirmed its email address yet, so it cannot sit on a jury. Invite them by email instead.',
      { details: { current_state: 'unconfirmed' } },
    );
  }
  if (submitted[0]) {
    throw new DomainError(
      'duplicate',
      'This user submitted a solution to the challenge (or is on the team of one) and cannot sit on its jury.',
    );
  }
}

/**
 * The statements that seat a user on the jury of a stage (default: the current one; idempotent),
 * for the caller's batch; with a `guard`, only if it still holds when the batch runs (an
 * invitation still pending).
 */
export function seatStatements(
  db: Database,
  actorId: string,
  record: ChallengeRecord,
  userId: string,
  guard: SQL = sql`1`,
  stage: number = record.row.current_stage,
) {
  return [
    insertIf(
      db,
      evaluatorAssignments,
      { challenge_id: record.row.id, stage, user_id: userId, assigned_by: actorId },
      // Checked again here, not only in assertCanSit: a solution submitted meanwhile keeps them off.
      sql`${guard} AND NOT EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${record.row.id}
        AND ${evaluatorAssignments.stage} = ${stage} AND ${evaluatorAssignments.user_id} = ${userId})
        AND NOT EXISTS (SELECT 1 FROM ${solutions} WHERE ${solutions.challenge_id} = ${record.row.id}
        AND ${solutions.submitter_id} = ${userId} AND ${solutions.status} <> 'draft')
        AND NOT EXISTS (SELECT 1 FROM ${solutionMembers} JOIN ${solutions} ON ${solutions.id} = ${solutionMembers.solution_id}
        WHERE ${solutionMembers.user_id} = ${userId} AND ${solutions.challenge_id} = ${record.row.id}
        AND ${solutions.status} <> 'draft')`,
    ),
    // Recused from the solutions of teams from their organization (issue 14); a member who comes
    // back finds their earlier scores counting again.
    ...syncRecusals(db, sql`${wholeChallenge(record.row.id)} AND ${guard}`),
    auditIf(
      db,
      {
        actorId,
        action: 'jury.assign',
        entityType: 'challenge',
        entityId: record.row.id,
        clusterId: record.row.cluster_id,
        after: { evaluator: userId, ...(stage > 1 ? { stage } : {}) },
      },
      guard,
    ),
  ];
}

/** Puts a user on the jury by their id (moderators; everyone else invites by email). */
export async function assignEvaluator(db: Database, actor: SignedIn, record: ChallengeRecord, userId: string) {
  await assertCanSit(db, record, userId);
  await runBatch(db, seatStatements(db, actor.id, record, userId));
}

export async function removeEvaluator(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  userId: string,
  stage: number = record.row.current_stage,
) {
  assertJuryEditable(record);
  const [member] = await listJury(db, record.row.id, userId, stage);
  if (!member) throw new DomainError('not_found', 'That user is not on the jury of this challenge.');
  // Their scores stay stored but no longer count: the ranking only counts current jury members.
  await runBatch(db, [
    db
      .delete(evaluatorAssignments)
      .where(
        and(
          eq(evaluatorAssignments.challenge_id, record.row.id),
          eq(evaluatorAssignments.stage, stage),
          eq(evaluatorAssignments.user_id, userId),
        ),
      ),
    ...recomputeScores(db, scoredBy(record.row.id, userId)),
    audit(db, {
      actorId: actor.id,
      action: 'jury.remove',
      entityType: 'challenge',
      entityId: record.row.id,
      clusterId: record.row.cluster_id,
      before: { evaluator: userId, ...(stage > 1 ? { stage } : {}) },
    }),
  ]);
}
