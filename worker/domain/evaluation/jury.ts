import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import {
  challengeStages,
  challenges,
  evaluatorAssignments,
  organizations,
  solutionMembers,
  solutions,
  users,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { JURY_EDITABLE, juryEditable } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { guardHeld, stillIn } from '../challenges/update';
import { DomainError, invalidState } from '../errors';
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

/** The stages of a challenge whose jury a user sits on (issue 15), in order; batchable. */
export const juryStagesOf = (db: Database, challengeId: string, userId: string) =>
  db
    .select({ stage: evaluatorAssignments.stage })
    .from(evaluatorAssignments)
    .where(and(eq(evaluatorAssignments.challenge_id, challengeId), eq(evaluatorAssignments.user_id, userId)))
    .orderBy(asc(evaluatorAssignments.stage));

/**
 * The last stage of a challenge, read to check that `stage` is one of its stages (404 otherwise,
 * naming them). Stages run 1..n without gaps (domain/stages). One query.
 */
async function lastStage(db: Database, record: ChallengeRecord, stage: number): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`max(${challengeStages.stage})` })
    .from(challengeStages)
    .where(eq(challengeStages.challenge_id, record.row.id));
  const last = row?.last ?? 1;
  if (stage > last) {
    throw new DomainError(
      'not_found',
      `This challenge has no stage ${stage}; ${last === 1 ? 'it has one stage' : `its stages are 1 to ${last}`}. Name one of them, or leave out the stage for the current one (${record.row.current_stage}).`,
    );
  }
  return last;
}

/**
 * The stage a jury read is about (issue 15): the one named if the challenge has it (404 otherwise),
 * else the current one. A later stage's jury may be seated ahead, so it is listed too.
 */
export async function juryStage(db: Database, record: ChallengeRecord, stage?: number): Promise<number> {
  if (stage === undefined || stage <= record.row.current_stage) return stage ?? record.row.current_stage;
  await lastStage(db, record, stage);
  return stage;
}

/**
 * The stage a jury seat is given, offered or taken on (issue 15): the one named, else the current
 * one. A stage the challenge does not have is 404; one that is over (its shortlist advanced) keeps
 * its jury as it judged: 409 naming the stage the challenge is in. One query when a stage is named.
 */
export async function seatStage(db: Database, record: ChallengeRecord, stage?: number): Promise<number> {
  const current = record.row.current_stage;
  if (stage === undefined || stage === current) return current;
  const last = await lastStage(db, record, stage);
  if (stage < current) {
    throw invalidState(
      `Stage ${stage} of this challenge is over (its shortlist was advanced), so its jury stays as it judged. Seat jury members on stage ${current}${last > current ? ` or a later one, up to ${last}` : ''}.`,
      record.row.status,
      { current_stage: current },
    );
  }
  return stage;
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
      // Checked again here, not only in assertCanSit: a solution submitted meanwhile keeps them off,
      // and a stage advanced meanwhile keeps its jury (seatStage).
      sql`${guard} AND ${stage} >= (SELECT ${challenges.current_stage} FROM ${challenges} WHERE ${challenges.id} = ${record.row.id})
        AND NOT EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${record.row.id}
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
export async function assignEvaluator(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  userId: string,
  stage: number = record.row.current_stage,
) {
  await assertCanSit(db, record, userId);
  const guard = stillIn(record.row.id, JURY_EDITABLE);
  const [held] = await batchEndingWith(
    db,
    seatStatements(db, actor.id, record, userId, guard, stage),
    guardHeld(db, record.row.id, guard),
  );
  if (!held?.held) throw juryFixedMeanwhile();
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
  // Only while the jury is still open: a decision that lands first keeps the jury it was made with.
  const guard = stillIn(record.row.id, JURY_EDITABLE);
  const [held] = await batchEndingWith(
    db,
    [
      db
        .delete(evaluatorAssignments)
        .where(
          and(
            eq(evaluatorAssignments.challenge_id, record.row.id),
            eq(evaluatorAssignments.stage, stage),
            eq(evaluatorAssignments.user_id, userId),
            guard,
          ),
        ),
      ...recomputeScores(db, scoredBy(record.row.id, userId)),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'jury.remove',
          entityType: 'challenge',
          entityId: record.row.id,
          clusterId: record.row.cluster_id,
          before: { evaluator: userId, ...(stage > 1 ? { stage } : {}) },
        },
        guard,
      ),
    ],
    guardHeld(db, record.row.id, guard),
  );
  if (!held?.held) throw juryFixedMeanwhile();
}

/** The answer when a decision landed between the read and the write. */
const juryFixedMeanwhile = () =>
  new DomainError('invalid_state', 'The jury is fixed now: the challenge was decided meanwhile. Nothing was changed.', {
    details: { current_state: 'decided' },
  });
