import { and, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import type { INVITATION_KINDS, TEAM_ROLES } from '../../db/enums';
import {
  challenges,
  clusterMemberships,
  clusters,
  emailOutbox,
  evaluatorAssignments,
  invitations,
  solutions,
  users,
} from '../../db/schema';
import { NOW, SQL_UUIDV7 } from '../../db/schema/columns';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { JURY_EDITABLE, juryInvitable } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { stillIn } from '../challenges/update';
import { rememberEvent } from '../email/outbox';
import { DomainError, invalidField, invalidState } from '../errors';
import { assertCanSit, seatStage, seatStatements } from '../evaluation/jury';
import { linkId, verifyLink } from '../links';
import { notify, people } from '../notifications/notify';

export type InvitationKind = (typeof INVITATION_KINDS)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Invitations are valid this long after they were last sent. */
export const INVITATION_TTL_DAYS = 14;
/** How often one invitation may be sent (again): no address gets the same invitation without end. */
export const MAX_SENDS = 5;
const ttl = () => new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000).toISOString();

/** The seat an invitation is for: a challenge's jury, or moderating a cluster. */
export interface InvitationTarget {
  kind: InvitationKind;
  /** The challenge (jury) or cluster (moderator). */
  id: string;
  /** What the email and the accept page call it: the challenge's title or the cluster's name. */
  title: string;
  /** The cluster it belongs to, for the audit log. */
  clusterId: string;
  /** A team invitation: the role offered on the solution's team. */
  role?: TeamRole;
  /** A jury invitation: the stage whose jury the seat is on (issue 15; see `seatStage`). */
  stage?: number;
}

/** The seat of a challenge's jury, as an invitation names it. */
export const juryTarget = (record: ChallengeRecord): InvitationTarget => ({
  kind: 'jury',
  id: record.row.id,
  title: record.row.title,
  clusterId: record.row.cluster_id,
});

/** The seat of moderating a cluster, as an invitation names it. */
export const moderatorTarget = (cluster: { id: string; name: string }): InvitationTarget => ({
  kind: 'moderator',
  id: cluster.id,
  title: cluster.name,
  clusterId: cluster.id,
});

/**
 * Invites an address to the jury of a stage of a challenge (default: the current one), once the
 * challenge is published and until its decision.
 */
export async function inviteToJury(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  email: string,
  language: string,
  stage?: number,
): Promise<void> {
  const { status } = record.row;
  if (!juryInvitable(status)) {
    throw invalidState(
      status === 'decided' || status === 'archived'
        ? `The jury is fixed once a challenge is ${status}.`
        : 'Jury invitations go out once a moderator has published the challenge. Invite your jury then.',
      status,
    );
  }
  // A seat on a later stage's jury may be offered ahead of it; an advanced stage's jury is fixed.
  const seat = await seatStage(db, record, stage);
  await invite(db, actor, { ...juryTarget(record), stage: seat }, email, language);
}

/**
 * Invites an address to a seat. The answer is the same whatever the address: nothing here looks
 * up whether an account uses it, for the inviter. The email carries the link to accept; inviting
 * the same address again sends a fresh link and voids the earlier one. Someone who already has a
 * confirmed account with that address also finds the invitation in their inbox.
 */
export async function invite(
  db: Database,
  actor: SignedIn,
  target: InvitationTarget,
  email: string,
  language: string,
): Promise<void> {
  const pending = await db
    .select({ id: invitations.id, sent_count: invitations.sent_count })
    .from(invitations)
    .where(
      and(
        eq(invitations.kind, target.kind),
        eq(invitations.target_id, target.id),
        eq(invitations.email, email),
        eq(invitations.status, 'pending'),
      ),
    )
    .get();
  if (pending && pending.sent_count >= MAX_SENDS) {
    throw invalidState(
      `This invitation was sent ${MAX_SENDS} times already. Ask them to check their spam folder, or revoke it and invite another address.`,
      'sent_too_often',
    );
  }
  const id = pending?.id ?? uuidv7();
  const version = (pending?.sent_count ?? 0) + 1;
  const now = new Date().toISOString();
  const write = pending
    ? db
        .update(invitations)
        .set({
          sent_count: version,
          last_sent_at: now,
          expires_at: ttl(),
          ...(target.role ? { role: target.role } : {}),
          // Invited again for another stage: the pending invitation is for the stage named last.
          ...(target.stage !== undefined ? { stage: target.stage } : {}),
        })
        .where(and(eq(invitations.id, id), eq(invitations.sent_count, pending.sent_count)))
    : db
        .insert(invitations)
        .values({
          id,
          kind: target.kind,
          target_id: target.id,
          challenge_id: target.kind === 'jury' ? target.id : null,
          cluster_id: target.kind === 'moderator' ? target.id : null,
          role: target.role ?? null,
          // A jury seat is on one stage (issue 15): the one named, else the challenge's current one.
          ...(target.kind === 'jury'
            ? {
                stage:
                  target.stage ??
                  sql`(SELECT ${challenges.current_stage} FROM ${challenges} WHERE ${challenges.id} = ${target.id})`,
              }
            : {}),
          email,
          invited_by: actor.id,
          expires_at: ttl(),
          last_sent_at: now,
        })
        // Another first send of the same seat landed since we read (a double click): it is sent.
        .onConflictDoNothing();
  // The email, the inbox line and the audit entry land only if this send did, not when the same
  // invitation was sent or created by a concurrent request in the meantime: a resend is guarded by
  // the count it read (checked before its UPDATE), a first send by its own new row (after its INSERT).
  const guard = pending
    ? sql`EXISTS (SELECT 1 FROM ${invitations} WHERE ${invitations.id} = ${id} AND ${invitations.sent_count} = ${pending.sent_count})`
    : sql`EXISTS (SELECT 1 FROM ${invitations} WHERE ${invitations.id} = ${id})`;
  const eventId = uuidv7();
  const key = `invitation:${id}:${version}`;
  const params = { invitation_id: id, version, seat: target.kind, title: target.title, inviter: actor.name };
  rememberEvent(db, eventId);
  const news = [
    // The invitation email: in the language of the account that uses the address, if one does.
    db
      .insert(emailOutbox)
      .select(
        sql`SELECT ${SQL_UUIDV7}, ${eventId}, ${key}, NULL, ${email},
          coalesce((SELECT locale FROM ${users} WHERE ${users.email} = ${email}), ${language}),
          'invitation', ${JSON.stringify(params)}, 'pending', 0, NULL, NULL, NULL, NULL, ${NOW} WHERE ${guard}`,
      )
      .onConflictDoNothing(),
    ...notify(db, {
      eventId,
      kind: 'invitation',
      key,
      recipients: people(
        sql`SELECT ${users.id} AS user_id FROM ${users} WHERE ${users.email} = ${email} AND ${users.email_confirmed_at} IS NOT NULL`,
      ),
      challengeId: target.kind === 'jury' ? target.id : null,
      params,
      actorId: actor.id,
      email: false,
      guard,
    }),
    auditIf(
      db,
      {
        actorId: actor.id,
        action: pending ? 'invitation.resend' : 'invitation.create',
        entityType: 'invitation',
        entityId: id,
        clusterId: target.clusterId,
        after: {
          seat: target.kind,
          target: target.id,
          email,
          ...(target.role ? { role: target.role } : {}),
          ...(target.stage !== undefined ? { stage: target.stage } : {}),
        },
      },
      guard,
    ),
  ];
  await runBatch(db, pending ? [...news, write] : [write, ...news]);
}

/** Pending invitations past their date read as expired. */
export const invitationStatus = sql<'pending' | 'accepted' | 'revoked' | 'expired'>`CASE
  WHEN ${invitations.status} = 'pending' AND ${invitations.expires_at} <= ${NOW} THEN 'expired'
  ELSE ${invitations.status} END`;

/**
 * The invitations to one seat's holders (a challenge's jury, a cluster's moderators), newest
 * first; a jury's of one stage only when `stage` names it; batchable.
 */
export const listInvitations = (db: Database, kind: InvitationKind, targetId: string, stage?: number) =>
  db
    .select({
      id: invitations.id,
      stage: invitations.stage,
      email: invitations.email,
      status: invitationStatus.as('status'),
      sent_count: invitations.sent_count,
      last_sent_at: invitations.last_sent_at,
      expires_at: invitations.expires_at,
      accepted_at: invitations.accepted_at,
      created_at: invitations.created_at,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.kind, kind),
        eq(invitations.target_id, targetId),
        stage !== undefined ? eq(invitations.stage, stage) : undefined,
      ),
    )
    .orderBy(desc(invitations.id))
    .limit(200);

export type InvitationRow = typeof invitations.$inferSelect;

export const findInvitation = (db: Database, id: string) =>
  db.select().from(invitations).where(eq(invitations.id, id)).get();

/** Revokes a pending invitation: its link stops working. */
export async function revokeInvitation(db: Database, actor: SignedIn, invitation: InvitationRow, clusterId: string) {
  if (invitation.status !== 'pending') {
    throw invalidState(`This invitation was already ${invitation.status}.`, invitation.status);
  }
  const stillPending = sql`EXISTS (SELECT 1 FROM ${invitations} WHERE ${invitations.id} = ${invitation.id} AND ${invitations.status} = 'pending')`;
  const revoked = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'invitation.revoke',
          entityType: 'invitation',
          entityId: invitation.id,
          clusterId,
          before: { status: 'pending' },
          after: { status: 'revoked' },
        },
        stillPending,
      ),
    ],
    db
      .update(invitations)
      .set({ status: 'revoked' })
      .where(and(eq(invitations.id, invitation.id), eq(invitations.status, 'pending')))
      .returning({ id: invitations.id }),
  );
  if (revoked.length === 0) throw invalidState('This invitation was accepted or revoked a moment ago.', 'changed');
}

const notOurs = () =>
  invalidField(
    'token',
    'Not an invitation link Bedside sent, or only part of one.',
    'This invitation link is not one Bedside sent, or it was cut off. Copy the whole link from the email, or ask the person who invited you to send it again.',
  );

/**
 * The invitation an emailed link opens, if it is intact, the latest one sent, still pending and
 * unexpired; otherwise an error that says which. Nothing changes here.
 */
export async function openInvitation(db: Database, secret: string, token: string): Promise<InvitationRow> {
  const id = linkId(token);
  return checkInvitationLink(secret, token, id ? await findInvitation(db, id) : undefined);
}

/** `openInvitation` over the row the link's id names, read by the caller (undefined: none). */
export async function checkInvitationLink(
  secret: string,
  token: string,
  invitation: InvitationRow | undefined,
): Promise<InvitationRow> {
  if (!invitation) throw notOurs();
  if (!(await verifyLink(secret, token, 'invitation', invitation.id, invitation.sent_count))) {
    // An earlier link of a resent invitation carries an older count: say so rather than "altered".
    const earlier = await Promise.all(
      Array.from({ length: invitation.sent_count - 1 }, (_, i) =>
        verifyLink(secret, token, 'invitation', invitation.id, i + 1),
      ),
    );
    if (earlier.some(Boolean)) {
      throw invalidState('This invitation was sent again since: use the link in the newest email.', 'resent');
    }
    throw notOurs();
  }
  if (invitation.status !== 'pending') {
    throw invalidState(`This invitation was already ${invitation.status}.`, invitation.status);
  }
  if (invitation.expires_at <= new Date().toISOString()) {
    throw invalidState('This invitation has expired. Ask the person who invited you to send it again.', 'expired');
  }
  return invitation;
}

/** Checks an invitation is still open: pending and not expired. */
function assertOpen(invitation: InvitationRow) {
  if (invitation.status !== 'pending') {
    throw invalidState(`This invitation was already ${invitation.status}.`, invitation.status);
  }
  if (invitation.expires_at <= new Date().toISOString()) {
    throw invalidState('This invitation has expired. Ask the person who invited you to send it again.', 'expired');
  }
}

/**
 * The open invitations to an address, with what each is for; the signed-in account of that
 * (confirmed) address accepts them from its page without the emailed link. Batchable.
 */
export const invitationsTo = (db: Database, email: string) =>
  db
    .select({
      id: invitations.id,
      seat: invitations.kind,
      target_id: invitations.target_id,
      expires_at: invitations.expires_at,
      inviter: sql<string>`${users.name}`.as('inviter_name'),
      title:
        sql<string>`coalesce((SELECT ${solutions.title} FROM ${solutions} WHERE ${invitations.kind} = 'team' AND ${solutions.id} = ${invitations.target_id}),
        (SELECT ${challenges.title} FROM ${challenges} WHERE ${challenges.id} = ${invitations.challenge_id}),
        (SELECT ${clusters.name} FROM ${clusters} WHERE ${clusters.id} = ${invitations.cluster_id}))`.as('seat_title'),
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invited_by))
    .where(and(eq(invitations.email, email), eq(invitations.status, 'pending'), gt(invitations.expires_at, NOW)))
    .orderBy(desc(invitations.id))
    .limit(50);

/** An invitation its addressee opens from their page (no link needed: their confirmed address is proof). */
export async function ownInvitation(db: Database, actor: SignedIn, id: string): Promise<InvitationRow> {
  const invitation = await findInvitation(db, id);
  if (!invitation || invitation.email !== actor.email) {
    throw new DomainError('not_found', 'There is no such invitation, or it is not visible to you.');
  }
  assertOpen(invitation);
  return invitation;
}

/** The accepting account must be the invited address's, and confirmed: the link alone is not enough. */
export function assertAddressee(actor: SignedIn, invitation: InvitationRow) {
  if (actor.email !== invitation.email) {
    throw new DomainError(
      'forbidden',
      `This invitation was sent to ${invitation.email}. Sign in with that address (or register with it) to accept it.`,
    );
  }
}

export const stillPending = (id: string) =>
  sql`EXISTS (SELECT 1 FROM ${invitations} WHERE ${invitations.id} = ${id} AND ${invitations.status} = 'pending')`;

/**
 * Marks it accepted; last in its batch, its RETURNING tells whether the guarded seat was taken.
 * `also`: a further condition of the batch's guard, so the invitation stays pending when the seat was left out.
 */
export const markAccepted = (db: Database, actor: SignedIn, id: string, also?: SQL) =>
  db
    .update(invitations)
    .set({ status: 'accepted', accepted_by: actor.id, accepted_at: new Date().toISOString() })
    .where(and(eq(invitations.id, id), eq(invitations.status, 'pending'), also))
    .returning({ id: invitations.id });

/** Accepts a jury invitation: the seat and the invitation's new state land together. */
export async function acceptJuryInvitation(
  db: Database,
  actor: SignedIn,
  invitation: InvitationRow,
  challenge: ChallengeRecord,
) {
  assertAddressee(actor, invitation);
  if (invitation.stage < challenge.row.current_stage) {
    throw invalidState(
      `This invitation was to the jury of stage ${invitation.stage}, which is over: the challenge is in stage ${challenge.row.current_stage} now. Ask whoever invited you to invite you to that stage.`,
      'stage_closed',
      { current_stage: challenge.row.current_stage },
    );
  }
  await assertCanSit(db, challenge, actor.id);
  // The jury must still take seats when the batch lands: a decision between the read above and
  // this write leaves the seat, and the acceptance, out (review of issue 17: a decided jury is fixed).
  const juryOpen = stillIn(challenge.row.id, JURY_EDITABLE);
  const guard = sql`${stillPending(invitation.id)} AND ${juryOpen}`;
  // The seat's own conditions (its stage not over, no solution of the invitee's) are checked by its
  // insert, first in the batch: the audit entry and the acceptance follow only a seat that is there.
  const seated = sql`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${challenge.row.id}
    AND ${evaluatorAssignments.stage} = ${invitation.stage} AND ${evaluatorAssignments.user_id} = ${actor.id})`;
  const accepted = await batchEndingWith(
    db,
    [
      ...seatStatements(db, invitation.invited_by, challenge, actor.id, guard, invitation.stage),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'invitation.accept',
          entityType: 'invitation',
          entityId: invitation.id,
          clusterId: challenge.row.cluster_id,
          after: { seat: 'jury', challenge: challenge.row.id, stage: invitation.stage },
        },
        sql`${guard} AND ${seated}`,
      ),
    ],
    markAccepted(db, actor, invitation.id, sql`${juryOpen} AND ${seated}`),
  );
  if (accepted.length === 0) {
    throw invalidState(
      'This invitation was revoked or accepted a moment ago, or its seat can no longer be taken: the challenge moved on meanwhile (decided, archived or into its next stage), or you submitted a solution to it. Nothing was changed.',
      'changed',
    );
  }
}

/** Accepts an invitation to moderate a cluster. */
export async function acceptModeratorInvitation(db: Database, actor: SignedIn, invitation: InvitationRow) {
  assertAddressee(actor, invitation);
  const clusterId = invitation.target_id;
  const guard = stillPending(invitation.id);
  const accepted = await batchEndingWith(
    db,
    [
      db
        .insert(clusterMemberships)
        .select(sql`SELECT ${clusterId}, ${actor.id}, 'moderator', ${NOW} WHERE ${guard}`)
        .onConflictDoUpdate({
          target: [clusterMemberships.cluster_id, clusterMemberships.user_id],
          set: { role: 'moderator' },
        }),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'cluster.moderator.appoint',
          entityType: 'user',
          entityId: actor.id,
          clusterId,
          after: { role: 'moderator', invitation: invitation.id },
        },
        guard,
      ),
    ],
    markAccepted(db, actor, invitation.id),
  );
  if (accepted.length === 0) throw invalidState('This invitation was revoked or accepted a moment ago.', 'changed');
}
