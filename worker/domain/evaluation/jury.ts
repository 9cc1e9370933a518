import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { evaluatorAssignments, organizations, solutions, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { juryEditable } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { DomainError } from '../errors';
import { conflictCount, declaredCount, scoredCount } from './jury-progress';
import { recomputeScores, scoredBy } from './score-sums';

/** Jury members with their progress (declarations, conflicts, scores; see jury-progress); one query. */
export function listJury(db: Database, challengeId: string, userId?: string) {
  const member = evaluatorAssignments.user_id;
  return db
    .select({
      user_id: evaluatorAssignments.user_id,
      // Aliased: D1 batch rows are keyed by column name, and both of these are `name`.
      name: sql<string>`${users.name}`.as('member_name'),
      organization: sql<string | null>`${organizations.name}`.as('member_organization'),
      assigned_at: evaluatorAssignments.created_at,
      declared: declaredCount(member, challengeId).as('declared'),
      conflicts: conflictCount(member, challengeId).as('conflicts'),
      scored: scoredCount(member, challengeId).as('scored'),
    })
    .from(evaluatorAssignments)
    .innerJoin(users, eq(users.id, evaluatorAssignments.user_id))
    .leftJoin(organizations, eq(organizations.id, users.organization_id))
    .where(
      and(
        eq(evaluatorAssignments.challenge_id, challengeId),
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

/** Puts a user on the jury (idempotent). Someone who submitted a solution to the challenge cannot judge it. */
export async function assignEvaluator(db: Database, actor: SignedIn, record: ChallengeRecord, userId: string) {
  assertJuryEditable(record);
  const [user, submitted] = await db.batch([
    db.select({ id: users.id }).from(users).where(eq(users.id, userId)),
    db
      .select({ id: solutions.id })
      .from(solutions)
      // A draft does not count: the owner must not learn of it, and a juror cannot submit it (write.ts).
      .where(
        and(
          eq(solutions.challenge_id, record.row.id),
          eq(solutions.submitter_id, userId),
          ne(solutions.status, 'draft'),
        ),
      )
      .limit(1),
  ]);
  if (!user[0]) throw new DomainError('not_found', `There is no user with the id '${userId}'.`);
  if (submitted[0]) {
    throw new DomainError('duplicate', 'This user submitted a solution to the challenge and cannot sit on its jury.');
  }
  await runBatch(db, [
    db
      .insert(evaluatorAssignments)
      .values({ challenge_id: record.row.id, user_id: userId, assigned_by: actor.id })
      .onConflictDoNothing(),
    // A member who comes back finds their earlier scores counting again.
    ...recomputeScores(db, scoredBy(record.row.id, userId)),
    audit(db, {
      actorId: actor.id,
      action: 'jury.assign',
      entityType: 'challenge',
      entityId: record.row.id,
      clusterId: record.row.cluster_id,
      after: { evaluator: userId },
    }),
  ]);
}

/**
 * The same by email, for people who know a colleague's address but not their id. An unknown
 * address is a field error: they have to register before they can judge.
 */
export async function assignEvaluatorByEmail(db: Database, actor: SignedIn, record: ChallengeRecord, email: string) {
  const user = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  if (!user) {
    throw new DomainError('validation_failed', 'No account uses this email address.', {
      errors: [
        { path: 'email', message: 'No account uses this email. Ask them to register on Bedside first, then add them.' },
      ],
    });
  }
  try {
    await assignEvaluator(db, actor, record, user.id);
  } catch (err) {
    // Said next to the email field: e.g. this person submitted a solution and cannot judge it.
    if (err instanceof DomainError && err.code === 'duplicate') {
      throw new DomainError('duplicate', err.message, { errors: [{ path: 'email', message: err.message }] });
    }
    throw err;
  }
  return user.id;
}

export async function removeEvaluator(db: Database, actor: SignedIn, record: ChallengeRecord, userId: string) {
  assertJuryEditable(record);
  const [member] = await listJury(db, record.row.id, userId);
  if (!member) throw new DomainError('not_found', 'That user is not on the jury of this challenge.');
  // Their scores stay stored but no longer count: the ranking only counts current jury members.
  await runBatch(db, [
    db
      .delete(evaluatorAssignments)
      .where(and(eq(evaluatorAssignments.challenge_id, record.row.id), eq(evaluatorAssignments.user_id, userId))),
    ...recomputeScores(db, scoredBy(record.row.id, userId)),
    audit(db, {
      actorId: actor.id,
      action: 'jury.remove',
      entityType: 'challenge',
      entityId: record.row.id,
      clusterId: record.row.cluster_id,
      before: { evaluator: userId },
    }),
  ]);
}
