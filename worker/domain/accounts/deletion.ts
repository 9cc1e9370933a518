import { and, eq, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import {
  apiKeys,
  auditLog,
  challenges,
  clusterMemberships,
  conversationParticipants,
  emailOutbox,
  emailTokens,
  endorsements,
  evaluationDrafts,
  evaluatorAssignments,
  eventRegistrations,
  expertFacets,
  expertProfiles,
  invitations,
  meetingRequests,
  notificationPreferences,
  notifications,
  organizationMemberships,
  rateLimits,
  savedSearches,
  sessions,
  signInGuards,
  solutions,
  users,
  webhooks,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidField } from '../errors';
import { untallyChallenges } from '../impact/tallies';
import { MAX_SENDS } from '../invitations/invitations';
import { LOGIN_FAILURES_PER_ACCOUNT, RESETS_PER_ADDRESS } from '../rate-limit';
import { verifyPassword } from './password';

/** Why an account cannot be deleted yet: others are taking part in something it holds. */
export const BLOCKER_REASONS = [
  'open_challenge',
  'solution_in_open_challenge',
  'jury_seat',
  'only_admin',
  'team_in_open_challenge',
] as const;
export type BlockerReason = (typeof BLOCKER_REASONS)[number];

/** One thing in the way: a challenge or solution (with its id and title, to link it), or the admin seat. */
export interface Blocker {
  reason: BlockerReason;
  id: string | null;
  title: string | null;
}

/** What a deleted account's address becomes: unique, and no one can receive mail there. */
export const deletedAddress = (userId: string) => `deleted-${userId}@deleted.invalid`;

/** No password hashes to this (verifyPassword refuses anything not of the pbkdf2 form). */
const NO_PASSWORD = 'deleted';

const RUNNING = sql`('open', 'evaluation')`;

/**
 * The blockers as SQL, one row each (kind, id, title). The same text guards the deletion's batch,
 * so something that opens between the check and the batch stops it.
 */
const blockerRows = (userId: string) => sql`
  SELECT 'open_challenge' AS reason, c.id AS id, c.title AS title FROM challenges c
    WHERE c.owner_id = ${userId} AND c.status IN ${RUNNING}
  UNION ALL
  SELECT 'solution_in_open_challenge', s.id, s.title FROM solutions s JOIN challenges c ON c.id = s.challenge_id
    WHERE s.submitter_id = ${userId} AND s.status IN ('submitted', 'shortlisted') AND c.status IN ${RUNNING}
  UNION ALL
  SELECT 'team_in_open_challenge', s.id, s.title FROM solution_members m JOIN solutions s ON s.id = m.solution_id
    JOIN challenges c ON c.id = s.challenge_id
    WHERE m.user_id = ${userId} AND s.submitter_id <> ${userId} AND c.status IN ${RUNNING}
  UNION ALL
  SELECT 'jury_seat', c.id, c.title FROM evaluator_assignments e JOIN challenges c ON c.id = e.challenge_id
    WHERE e.user_id = ${userId} AND c.status IN ${RUNNING}
  UNION ALL
  SELECT 'only_admin', NULL, NULL FROM users u
    WHERE u.id = ${userId} AND u.is_admin = 1
      AND NOT EXISTS (SELECT 1 FROM users o WHERE o.is_admin = 1 AND o.id <> u.id AND o.deleted_at IS NULL)`;

/** Everything that stands in the way of deleting this account now (empty: nothing does). One query. */
export async function deletionBlockers(db: Database, userId: string): Promise<Blocker[]> {
  const rows = await db.all<{ reason: BlockerReason; id: string | null; title: string | null }>(blockerRows(userId));
  return rows.map(({ reason, id, title }) => ({ reason, id, title }));
}

const WHAT_TO_DO: Record<BlockerReason, string> = {
  open_challenge:
    'you own a challenge others are taking part in: ask the cluster’s moderators to archive it, or wait until it is decided',
  solution_in_open_challenge: 'you have a solution in a running challenge: withdraw it first',
  jury_seat: 'you sit on the jury of a running challenge: ask its owner to take you off the jury',
  only_admin: 'you are the only admin: make someone else an admin first',
  team_in_open_challenge:
    'you are on the team of a solution in a running challenge: leave the team first (others keep working on it)',
};

export function accountInUse(blockers: Blocker[]): DomainError {
  const reasons = [...new Set(blockers.map((b) => b.reason))].map((r) => WHAT_TO_DO[r]);
  const listed = blockers.filter((b) => b.id).map((b) => `“${b.title}” (${b.id})`);
  return new DomainError(
    'account_in_use',
    `Your account cannot be deleted yet: ${reasons.join('; ')}.${listed.length ? ` In the way: ${listed.join(', ')}.` : ''} Nothing was deleted; try again once these are settled.`,
    { details: { blockers } },
  );
}

/** Their challenges that nobody else depends on: never approved, or withdrawn before anyone submitted. */
const disposableChallenges = (userId: string) => sql`
  SELECT c.id FROM challenges c WHERE c.owner_id = ${userId}
    AND (c.status IN ('draft', 'in_review', 'changes_requested', 'rejected')
      OR (c.status = 'withdrawn' AND NOT EXISTS (SELECT 1 FROM solutions x WHERE x.challenge_id = c.id)))`;

/**
 * Their solutions that go: drafts, withdrawn ones, and every one in a challenge that goes.
 * Attachments follow what they belong to: rows go with their solution or challenge (ON DELETE
 * CASCADE) and the cron's sweep removes the bytes no row points to within the hour; attachments of
 * solutions kept as decided results stay with them, their uploader anonymised with the account.
 */
const disposableSolutions = (userId: string) => sql`
  SELECT s.id FROM solutions s WHERE s.submitter_id = ${userId} AND s.status IN ('draft', 'withdrawn')
  UNION SELECT s.id FROM solutions s WHERE s.challenge_id IN (${disposableChallenges(userId)})`;

/**
 * The outbox keys of every send of the invitations they sent (`invitation:<id>:<send>`, see
 * invitations.ts): one indexed select per possible send, so each key is an index lookup.
 */
const sentInvitationKeys = (userId: string) =>
  sql.join(
    Array.from({ length: MAX_SENDS }, (_, k) => {
      // A literal: a bound number could reach SQLite as a real and read "1.0".
      const send = sql.raw(String(k + 1));
      return sql`SELECT 'invitation:' || i.id || ':' || ${send} FROM invitations i
        WHERE i.invited_by = ${userId} AND i.sent_count >= ${send}`;
    }),
    sql` UNION ALL `,
  );

/*
 * Organizations and their directory profiles (issue 16: `organization_facets`,
 * `organization_search_rows`, `organization_domains`, whose `verified_by` keeps pointing at the
 * emptied account row, as `organization_memberships.decided_by` does) stay when an account goes: they describe the organization, not a
 * person, and others belong to it too; the account only loses its link to it (organization_id).
 */

/**
 * Deletes an account: the row stays (decided results, others' threads and the audit trail point at
 * it) but everything personal goes, in one batch. Each statement is guarded by "not deleted yet,
 * and nothing in the way", so a challenge that opens meanwhile stops all of it; the last statement
 * says whether it landed.
 */
export async function deleteAccount(db: Database, actor: SignedIn, password: string): Promise<void> {
  const row = await db
    .select({ hash: users.password_hash, email: users.email })
    .from(users)
    .where(and(eq(users.id, actor.id), isNull(users.deleted_at)))
    .get();
  if (!row || !(await verifyPassword(password, row.hash))) {
    throw invalidField(
      'password',
      'This is not your current password.',
      'Your current password is not right. Nothing was deleted.',
    );
  }
  const blockers = await deletionBlockers(db, actor.id);
  if (blockers.length) throw accountInUse(blockers);

  const id = actor.id;
  const guard = sql`(EXISTS (SELECT 1 FROM users g WHERE g.id = ${id} AND g.deleted_at IS NULL)
    AND NOT EXISTS (${blockerRows(id)}))`;
  const when = (condition: SQL | undefined) => and(condition, guard);
  const now = new Date().toISOString();
  const goingChallenges = disposableChallenges(id);
  const goingSolutions = disposableSolutions(id);
  const forgetAudit = (where: SQL | undefined) =>
    db.update(auditLog).set({ before: null, after: null }).where(when(where));

  const statements: BatchItem<'sqlite'>[] = [
    // Tallies first, while the rows they count are still there.
    ...untallyChallenges(db, goingChallenges, guard),
    db
      .update(challenges)
      .set({ endorsement_count: sql`${challenges.endorsement_count} - 1` })
      .where(
        when(
          inArray(
            challenges.id,
            db.select({ id: endorsements.challenge_id }).from(endorsements).where(eq(endorsements.user_id, id)),
          ),
        ),
      ),
    db.delete(endorsements).where(when(eq(endorsements.user_id, id))),
    // The text of what goes must not survive in the trail.
    forgetAudit(and(eq(auditLog.entity_type, 'challenge'), sql`${auditLog.entity_id} IN (${goingChallenges})`)),
    forgetAudit(and(eq(auditLog.entity_type, 'solution'), sql`${auditLog.entity_id} IN (${goingSolutions})`)),
    forgetAudit(and(eq(auditLog.entity_type, 'user'), eq(auditLog.entity_id, id))),
    // Invitations to their address: the trail of sending them (`after.email`) keeps the made-up
    // address instead, and the pending ones are revoked (no one is left to accept them).
    db
      .update(auditLog)
      .set({ after: sql`json_set(${auditLog.after}, '$.email', ${deletedAddress(id)})` })
      .where(
        when(
          and(
            eq(auditLog.entity_type, 'invitation'),
            inArray(
              auditLog.entity_id,
              db
                .select({ id: invitations.id })
                .from(invitations)
                .where(or(eq(invitations.email, row.email), eq(invitations.accepted_by, id))),
            ),
            inArray(auditLog.action, ['invitation.create', 'invitation.resend']),
            isNotNull(auditLog.after),
          ),
        ),
      ),
    db
      .update(invitations)
      .set({ status: 'revoked' })
      .where(when(and(eq(invitations.email, row.email), eq(invitations.status, 'pending')))),
    // Invitations they sent: their name leaves the inbox lines and emails that quote it (found by
    // the emails' keys, `invitation:<id>:<send>`, and the lines by the emails' events), emails not
    // yet sent are dropped, and the pending ones are revoked: a former member seats no one.
    db
      .update(notifications)
      .set({ params: sql`json_set(${notifications.params}, '$.inviter', '')` })
      .where(
        when(
          and(
            inArray(
              notifications.event_id,
              db
                .select({ id: emailOutbox.event_id })
                .from(emailOutbox)
                .where(sql`${emailOutbox.idempotency_key} IN (${sentInvitationKeys(id)})`),
            ),
            eq(notifications.kind, 'invitation'),
          ),
        ),
      ),
    db
      .delete(emailOutbox)
      .where(
        when(
          and(sql`${emailOutbox.idempotency_key} IN (${sentInvitationKeys(id)})`, eq(emailOutbox.status, 'pending')),
        ),
      ),
    db
      .update(emailOutbox)
      .set({ params: sql`json_set(${emailOutbox.params}, '$.inviter', '')` })
      .where(when(sql`${emailOutbox.idempotency_key} IN (${sentInvitationKeys(id)})`)),
    db
      .update(invitations)
      .set({ status: 'revoked' })
      .where(when(and(eq(invitations.invited_by, id), eq(invitations.status, 'pending')))),
    // Terms acceptances (issue 14) go with the solutions that go (cascade) and otherwise stay: which
    // version a team accepted, and when, is part of the record others rely on (the name reads "Former
    // member"). Terms templates and challenge terms they wrote stay too, as the cluster's texts.
    // Stages (issue 15): a solution's stage rows and pitch slots go with it (cascade), and otherwise
    // stay, as decided results; `outcome_by` keeps pointing at the anonymised row ("Former member").
    // Calls for challenges they created (issue 15) stay with their clusters, which run them; `created_by`
    // points at the anonymised row.
    // Cooperations (issue 15) go only with a challenge or solution that goes (cascade): a decided
    // result's cooperation is the other side's too, and stays; the cluster's moderators run it on.
    // Milestones they recorded stay with it, `created_by`/`updated_by` pointing at the anonymised
    // account (as audit entries do), so who recorded them reads "Former member".
    db.delete(solutions).where(when(sql`${solutions.id} IN (${goingSolutions})`)),
    // Cascades take criteria, the challenge's stages, tags, questions, endorsements, invitations and notifications about them.
    db.delete(challenges).where(when(sql`${challenges.id} IN (${goingChallenges})`)),
    // Jury seats where no one has scored yet (before approval); decided juries keep theirs. A seat's
    // progress (jury_progress, issue 17) goes with it (cascade) and otherwise stays, as the jury's record.
    db.delete(evaluatorAssignments).where(
      when(
        and(
          eq(evaluatorAssignments.user_id, id),
          sql`${evaluatorAssignments.challenge_id} IN (SELECT c.id FROM challenges c
              WHERE c.status IN ('draft', 'in_review', 'changes_requested', 'rejected'))`,
        ),
      ),
    ),
    db.delete(sessions).where(when(eq(sessions.user_id, id))),
    // Their API keys stop with the sessions (their usage goes with them, cascade).
    db.delete(apiKeys).where(when(eq(apiKeys.user_id, id))),
    // Their webhooks stop too (event types, deliveries and attempts go with them, cascade).
    db.delete(webhooks).where(when(eq(webhooks.user_id, id))),
    db.delete(emailTokens).where(when(eq(emailTokens.user_id, id))),
    db.delete(notifications).where(when(eq(notifications.user_id, id))),
    db.delete(notificationPreferences).where(when(eq(notificationPreferences.user_id, id))),
    db.delete(savedSearches).where(when(eq(savedSearches.user_id, id))),
    // Their expert profile goes: nothing of it may be shown once they have gone.
    db.delete(expertFacets).where(when(eq(expertFacets.user_id, id))),
    db.delete(expertProfiles).where(when(eq(expertProfiles.user_id, id))),
    // Their claims and memberships (issue 16) go with them; the organization keeps its profile, even
    // when they were its last administrator (moderators of its cluster and admins still manage it).
    db.delete(organizationMemberships).where(when(eq(organizationMemberships.user_id, id))),
    // Matchmaking events (issue 16): their registrations go (they leave every participant list), and
    // so do their requests at events not over yet (their meetings, cascade: the other side is free
    // again). At past events, requests, meetings and follow-ups stay as the other side's record and
    // the impact counted from them ("Former member"), without the messages they wrote.
    db.delete(eventRegistrations).where(when(eq(eventRegistrations.user_id, id))),
    db.delete(meetingRequests).where(
      when(
        and(
          or(eq(meetingRequests.from_user, id), eq(meetingRequests.to_user, id)),
          sql`EXISTS (SELECT 1 FROM events e WHERE e.id = ${meetingRequests.event_id}
            AND e.ends_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
        ),
      ),
    ),
    db
      .update(meetingRequests)
      .set({ message: '' })
      .where(when(eq(meetingRequests.from_user, id))),
    // Relayed conversations (issue 16): their place in each goes (inbox, read marks, a shared
    // address), so nothing reaches them and nobody sees them listed; the messages they wrote stay
    // for the other side, as correspondence received, under "Former member". A conversation they
    // blocked keeps their (anonymised) row: it stays closed.
    db
      .delete(conversationParticipants)
      .where(when(and(eq(conversationParticipants.user_id, id), isNull(conversationParticipants.blocked_at)))),
    db.delete(evaluationDrafts).where(when(eq(evaluationDrafts.evaluator_id, id))),
    db.delete(clusterMemberships).where(when(eq(clusterMemberships.user_id, id))),
    db.delete(emailOutbox).where(when(or(eq(emailOutbox.user_id, id), eq(emailOutbox.to_email, row.email)))),
    db.delete(signInGuards).where(when(eq(signInGuards.key, `${LOGIN_FAILURES_PER_ACCOUNT.name}:${row.email}`))),
    db.delete(rateLimits).where(when(eq(rateLimits.key, `${RESETS_PER_ADDRESS.name}:${row.email}`))),
    // Settled invitations to their address, or accepted by them under an earlier one, keep their
    // history, not the address.
    db
      .update(invitations)
      .set({ email: deletedAddress(id) })
      .where(
        when(
          and(or(eq(invitations.email, row.email), eq(invitations.accepted_by, id)), ne(invitations.status, 'pending')),
        ),
      ),
    auditIf(db, { actorId: id, action: 'user.deleted', entityType: 'user', entityId: id }, guard),
  ];
  const landed = await batchEndingWith(
    db,
    statements,
    db
      .update(users)
      .set({
        name: '',
        email: deletedAddress(id),
        password_hash: NO_PASSWORD,
        is_admin: false,
        organization_id: null,
        locale: null,
        time_zone: 'Europe/Berlin',
        digest_next_at: null,
        unread_notifications: 0,
        email_confirmed_at: null,
        password_changed_at: null,
        deleted_at: now,
        updated_at: now,
      })
      .where(and(eq(users.id, id), when(undefined)))
      .returning({ id: users.id }),
  );
  if (landed.length === 0) {
    // Something came in the way between the check and the batch (or it was deleted meanwhile).
    const now_ = await deletionBlockers(db, id);
    throw now_.length ? accountInUse(now_) : new DomainError('unauthorized', 'This account no longer exists.');
  }
}
