import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { clusterMemberships, conversations, conversationParticipants as cp, messages, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit, auditIf } from '../audit';
import { DomainError } from '../errors';
import { notify, people } from '../notifications/notify';
import { hitAllOrThrow } from '../rate-limit';
import type { MessageInput, StartConversation } from './conversation.schema';
import { isNewAccount, messageLimits, startLimits } from './limits';
import type { ContactTarget } from './target';

export const CLOSED_MESSAGE =
  'This conversation is closed: one of its participants blocked it, so nobody can write in it any more.';
export const closed = () => new DomainError('invalid_state', CLOSED_MESSAGE, { details: { current_state: 'closed' } });

/** Nobody in the conversation has blocked it. */
const open = (conversationId: SQL | SQLiteColumn | string) =>
  sql`NOT EXISTS (SELECT 1 FROM ${cp} WHERE ${cp.conversation_id} = ${conversationId} AND ${cp.blocked_at} IS NOT NULL)`;

/**
 * A message, the conversation's and its participants' order, and the news of it for the others
 * (inbox and email by their preference: the message, never the sender's address), if still open.
 */
function messageStatements(
  db: Database,
  sender: SignedIn,
  conversationId: string,
  messageId: string,
  body: string,
  subject: string,
) {
  const now = new Date().toISOString();
  const landed = sql`EXISTS (SELECT 1 FROM ${messages} WHERE ${messages.id} = ${messageId})`;
  return [
    db.insert(messages).select(
      sql`SELECT ${messageId}, ${conversationId}, ${sender.id}, ${body}, ${now}
        WHERE ${open(conversationId)} AND EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.id} = ${conversationId})`,
    ),
    db
      .update(conversations)
      .set({ last_message_at: now })
      .where(and(sql`${conversations.id} = ${conversationId}`, landed)),
    db
      .update(cp)
      .set({
        last_message_at: now,
        last_read_at: sql`CASE WHEN ${cp.user_id} = ${sender.id} THEN ${now} ELSE ${cp.last_read_at} END`,
      })
      .where(and(sql`${cp.conversation_id} = ${conversationId}`, landed)),
    ...notify(db, {
      eventId: uuidv7(),
      kind: 'message_received',
      key: `message_received:${messageId}`,
      recipients: people(
        sql`SELECT ${cp.user_id} AS user_id FROM ${cp} WHERE ${cp.conversation_id} = ${conversationId} AND ${cp.blocked_at} IS NULL`,
      ),
      challengeId: null,
      params: { sender: sender.name, subject, body, conversation_id: conversationId },
      actorId: sender.id,
      guard: landed,
    }),
  ];
}

/**
 * Takes `userId` out of the conversations addressed to an organization that is no longer their
 * affiliation (they were declined, removed, or confirmed elsewhere), except those they started:
 * what is written to an organization is for its members. Put it after the statement that changes
 * `users.organization_id`, in the same batch; it removes nothing while they stay where they are
 * (conversation_participants_user_idx, then each conversation by its key).
 */
export const leaveFormerOrganizations = (db: Database, userId: string) =>
  db.delete(cp).where(
    and(
      eq(cp.user_id, userId),
      sql`EXISTS (SELECT 1 FROM ${conversations} c WHERE c.id = ${cp.conversation_id}
        AND c.about_kind = 'organization' AND c.created_by <> ${userId}
        AND c.about_id IS NOT (SELECT u.organization_id FROM ${users} u WHERE u.id = ${userId}))`,
    ),
  );

/**
 * Contacts `target`: a new conversation with its recipients, or the one this person already
 * started about the same thing (reopened: the message is added to it). Counts against the
 * sender's limits (fewer new conversations for accounts younger than a week). One batch.
 */
export async function startConversation(
  db: Database,
  sender: SignedIn,
  target: ContactTarget,
  input: StartConversation,
): Promise<{ id: string; created: boolean }> {
  const key = and(
    eq(conversations.created_by, sender.id),
    eq(conversations.about_kind, target.kind),
    eq(conversations.about_id, target.id),
  );
  const [[existing], [account], blockers] = await db.batch([
    db
      .select({ id: conversations.id, subject: conversations.subject, open: sql<number>`${open(conversations.id)}` })
      .from(conversations)
      .where(key),
    db.select({ created_at: users.created_at }).from(users).where(eq(users.id, sender.id)),
    // A block is between two people, not one thread: whoever blocked the sender in any
    // conversation is not reached again through their organization, profile or challenge
    // (conversation_participants_user_idx for the sender's, then the primary key).
    db
      .selectDistinct({ id: sql<string>`b.user_id` })
      .from(cp)
      .innerJoin(sql`${cp} AS b`, sql`b.conversation_id = ${cp.conversation_id}`)
      .where(and(eq(cp.user_id, sender.id), sql`b.blocked_at IS NOT NULL AND b.user_id <> ${sender.id}`)),
  ]);
  if (existing && !existing.open) throw closed();
  const blocked = new Set(blockers.map((b) => b.id));
  const recipients = target.recipients.filter((r) => !blocked.has(r));
  if (!existing && recipients.length === 0 && target.recipients.length > 0) {
    throw new DomainError(
      'invalid_state',
      target.kind === 'organization'
        ? 'Everyone you could reach at this organization has closed a conversation with you, so Bedside does not pass on new messages from you to them.'
        : 'This person has closed a conversation with you, so Bedside does not pass on new messages from you to them.',
      { details: { current_state: 'blocked' } },
    );
  }
  if (!existing && recipients.length === 0) {
    throw new DomainError(
      'invalid_state',
      'Nobody at this organization can be reached on Bedside yet: none of its members has a confirmed account. Try a person or one of its challenges instead.',
    );
  }
  await hitAllOrThrow(
    db,
    existing ? messageLimits(sender.id) : startLimits(sender.id, isNewAccount(account?.created_at ?? '')),
    existing ? 'messages' : 'new conversations today',
  );
  const id = existing?.id ?? uuidv7();
  const now = new Date().toISOString();
  const messageId = uuidv7();
  const everyone = JSON.stringify([sender.id, ...recipients]);
  const statements = [
    db
      .insert(conversations)
      .values({
        id,
        subject: input.subject,
        about_kind: target.kind,
        about_id: target.id,
        created_by: sender.id,
        created_at: now,
        last_message_at: now,
      })
      .onConflictDoNothing(),
    // New members of a contacted organization join a reopened conversation too.
    db
      .insert(cp)
      .select(
        sql`SELECT ${id}, j.value, 0, NULL, NULL, NULL, ${now} FROM json_each(${everyone}) j
          WHERE EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.id} = ${id})`,
      )
      .onConflictDoNothing(),
    ...(input.share_email === undefined
      ? []
      : [
          db
            .update(cp)
            .set({ share_email: input.share_email })
            .where(and(eq(cp.conversation_id, id), eq(cp.user_id, sender.id))),
        ]),
    ...messageStatements(db, sender, id, messageId, input.body, existing?.subject ?? input.subject),
    ...(existing
      ? []
      : [
          audit(db, {
            actorId: sender.id,
            action: 'conversation.start',
            entityType: 'conversation',
            entityId: id,
            after: { about_kind: target.kind, about_id: target.id, recipients: recipients.length },
          }),
        ]),
  ];
  const [sent] = await batchEndingWith(
    db,
    statements,
    db.select({ id: messages.id }).from(messages).where(eq(messages.id, messageId)),
  );
  // A block landed between the read and the batch (or the same contact made at the same moment won): nothing was written.
  if (!sent) throw closed();
  return { id, created: !existing };
}

/** A reply in a conversation the access layer found the sender taking part in. */
export async function postMessage(
  db: Database,
  sender: SignedIn,
  conversation: { id: string; subject: string; closed: boolean },
  input: MessageInput,
): Promise<string> {
  if (conversation.closed) throw closed();
  await hitAllOrThrow(db, messageLimits(sender.id), 'messages');
  const messageId = uuidv7();
  const [sent] = await batchEndingWith(
    db,
    [
      ...(input.share_email === undefined ? [] : [shareStatement(db, sender, conversation.id, input.share_email)]),
      ...messageStatements(db, sender, conversation.id, messageId, input.body, conversation.subject),
    ],
    db.select({ id: messages.id }).from(messages).where(eq(messages.id, messageId)),
  );
  if (!sent) throw closed();
  return messageId;
}

const shareStatement = (db: Database, actor: SignedIn, conversationId: string, share: boolean) =>
  db
    .update(cp)
    .set({ share_email: share })
    .where(and(eq(cp.conversation_id, conversationId), eq(cp.user_id, actor.id)));

/** Shows (or hides again) one's address to the others in a conversation; audited, never the address. */
export async function shareEmail(db: Database, actor: SignedIn, conversationId: string, share: boolean) {
  await db.batch([
    shareStatement(db, actor, conversationId, share),
    audit(db, {
      actorId: actor.id,
      action: share ? 'conversation.share_email' : 'conversation.hide_email',
      entityType: 'conversation',
      entityId: conversationId,
    }),
  ]);
}

/**
 * Blocks a conversation: it is closed for everyone in it (the other side is told so when writing,
 * 409), and the blocker hears nothing more from it. Blocking twice changes nothing.
 */
export async function blockConversation(db: Database, actor: SignedIn, conversationId: string) {
  const mine = and(eq(cp.conversation_id, conversationId), eq(cp.user_id, actor.id));
  const fresh = sql`EXISTS (SELECT 1 FROM ${cp} WHERE ${mine} AND ${cp.blocked_at} IS NULL)`;
  await db.batch([
    auditIf(
      db,
      { actorId: actor.id, action: 'conversation.block', entityType: 'conversation', entityId: conversationId },
      fresh,
    ),
    db
      .update(cp)
      .set({ blocked_at: new Date().toISOString() })
      .where(and(mine, sql`${cp.blocked_at} IS NULL`)),
  ]);
}

/** Platform admins, and the moderators of `clusterId` when the conversation is about one of its challenges. */
const reportReaders = (clusterId: string | null) =>
  people(
    sql`SELECT ${users.id} AS user_id FROM ${users} WHERE ${users.is_admin} = 1 AND ${users.deleted_at} IS NULL
      UNION SELECT ${clusterMemberships.user_id} FROM ${clusterMemberships}
        WHERE ${clusterMemberships.cluster_id} = ${clusterId ?? ''} AND ${clusterMemberships.role} = 'moderator'`,
  );

/**
 * Reports a conversation: from now on the platform's admins (and the moderators of the cluster it
 * belongs to: the challenge's, or the contacted organization's home cluster) may read it; they hear of it, and the audit entry keeps the reason. Once per person.
 */
export async function reportConversation(
  db: Database,
  actor: SignedIn,
  conversation: { id: string; subject: string; cluster_id: string | null; reported_by_me: boolean },
  reason: string,
) {
  if (conversation.reported_by_me) {
    throw new DomainError('duplicate', 'You already reported this conversation; the moderators will look at it.');
  }
  const mine = and(eq(cp.conversation_id, conversation.id), eq(cp.user_id, actor.id));
  const fresh = sql`EXISTS (SELECT 1 FROM ${cp} WHERE ${mine} AND ${cp.reported_at} IS NULL)`;
  const reported = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'conversation.report',
          entityType: 'conversation',
          entityId: conversation.id,
          clusterId: conversation.cluster_id,
          after: { reason },
        },
        fresh,
      ),
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'report_filed',
        key: `conversation_reported:${conversation.id}:${actor.id}`,
        recipients: reportReaders(conversation.cluster_id),
        challengeId: null,
        params: { title: conversation.subject, entity_type: 'conversation', conversation_id: conversation.id },
        actorId: actor.id,
        guard: fresh,
      }),
    ],
    db
      .update(cp)
      .set({ reported_at: new Date().toISOString() })
      .where(and(mine, sql`${cp.reported_at} IS NULL`))
      .returning({ at: cp.reported_at }),
  );
  if (!reported.length) {
    throw new DomainError('duplicate', 'You already reported this conversation; the moderators will look at it.');
  }
}

/** A moderator read a reported conversation: audited, like every look at what was not theirs to read. */
export const moderatorRead = (db: Database, actor: SignedIn, conversation: { id: string; cluster_id: string | null }) =>
  audit(db, {
    actorId: actor.id,
    action: 'conversation.moderator_read',
    entityType: 'conversation',
    entityId: conversation.id,
    clusterId: conversation.cluster_id,
  });
