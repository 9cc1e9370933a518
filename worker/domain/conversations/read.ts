import { z } from '@hono/zod-openapi';
import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { conversations, conversationParticipants as cp, messages, users } from '../../db/schema';
import { DEFAULT_PAGE_SIZE, decodeCursor, toPage } from '../paging';
import type {
  ConversationItem,
  ConversationListQuery,
  ConversationView,
  Message,
  MessagePageQuery,
} from './conversation.schema';

/** What the contacted thing is called now: an organization's or a person's name, a challenge's title. */
const aboutTitle = sql<string>`coalesce(CASE ${conversations.about_kind}
    WHEN 'organization' THEN (SELECT o.name FROM organizations o WHERE o.id = ${conversations.about_id})
    WHEN 'person' THEN (SELECT u.name FROM users u WHERE u.id = ${conversations.about_id})
    WHEN 'challenge' THEN (SELECT c.title FROM challenges c WHERE c.id = ${conversations.about_id})
  END, '')`;

const closedNow = sql<number>`EXISTS (SELECT 1 FROM ${cp} AS b WHERE b.conversation_id = ${conversations.id} AND b.blocked_at IS NOT NULL)`;

/**
 * A conversation's own row as the asking person sees it: what the access layer decides on (their
 * place in it, none when they do not take part: a 404 to them; whether it was reported, and to
 * which cluster's moderators) and the head of its page.
 */
const headOf = (db: Database, id: string, viewer: string) =>
  db
    .select({
      id: conversations.id,
      subject: conversations.subject,
      about_kind: conversations.about_kind,
      about_id: conversations.about_id,
      about_title: aboutTitle.as('about_title'),
      created_at: conversations.created_at,
      closed: closedNow.as('closed'),
      participant: sql<number>`${cp.user_id} IS NOT NULL`.as('participant'),
      blocked_by_me: sql<number>`${cp.blocked_at} IS NOT NULL`.as('blocked_by_me'),
      reported:
        sql<number>`EXISTS (SELECT 1 FROM ${cp} AS r WHERE r.conversation_id = ${conversations.id} AND r.reported_at IS NOT NULL)`.as(
          'reported',
        ),
      reported_by_me: sql<number>`${cp.reported_at} IS NOT NULL`.as('reported_by_me'),
      share_email: sql<number>`coalesce(${cp.share_email}, 0)`.as('share_email'),
      // The cluster whose moderators may read it once reported: a contacted challenge's, or the home
      // cluster of the contacted organization (of the contacted person's organization).
      cluster_id: sql<string | null>`CASE ${conversations.about_kind}
        WHEN 'challenge' THEN (SELECT c.cluster_id FROM challenges c WHERE c.id = ${conversations.about_id})
        WHEN 'organization' THEN (SELECT o.cluster_id FROM organizations o WHERE o.id = ${conversations.about_id})
        ELSE (SELECT o.cluster_id FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE u.id = ${conversations.about_id}) END`.as('cluster_id'),
    })
    .from(conversations)
    // A moderator reading a reported conversation has no row of their own in it.
    .leftJoin(cp, and(eq(cp.conversation_id, conversations.id), eq(cp.user_id, viewer)))
    .where(eq(conversations.id, id));
type Head = Awaited<ReturnType<typeof headOf>>[number];

const toStored = (head: Head) => ({
  id: head.id,
  subject: head.subject,
  closed: Boolean(head.closed),
  participant: Boolean(head.participant),
  blocked_by_me: Boolean(head.blocked_by_me),
  reported: Boolean(head.reported),
  reported_by_me: Boolean(head.reported_by_me),
  cluster_id: head.cluster_id,
  about_title: head.about_title,
});

/** A conversation as the access layer needs it before a write; undefined when there is none. */
export async function findConversation(db: Database, id: string, viewer: string) {
  const head = await headOf(db, id, viewer).get();
  return head && toStored(head);
}
export type StoredConversation = ReturnType<typeof toStored>;

const Cursor = z.tuple([z.string(), z.string()]);

/**
 * One conversation as the asking person would see it, in one round trip (issue 17) that also marks
 * it read for them: what the access layer decides on (`stored`), a page of its messages, and the
 * people shown in it (the viewer, whoever made contact and whoever wrote) with the address of
 * those who chose to share it, never of anyone else. Undefined when there is no such conversation.
 *
 * The access layer decides on `stored` after the batch, and nothing of the page leaves before it
 * allows: the batch's one write marks read the viewer's own row in the conversation, which exists
 * only for those taking part, whom the policy always lets read. A thread is not read whole: the
 * page is the newest `limit` messages (before the cursor's, for earlier ones), one range of
 * `messages_conversation_idx` walked backwards, shown oldest first; `next_cursor` leads to the
 * messages before them.
 */
export async function readConversation(
  db: Database,
  id: string,
  viewer: string,
  page: MessagePageQuery = { limit: DEFAULT_PAGE_SIZE },
): Promise<{ stored: StoredConversation; view: ConversationView } | undefined> {
  const now = new Date().toISOString();
  const before = page.cursor ? decodeCursor(page.cursor, Cursor) : undefined;
  const [[head], people, thread] = await db.batch([
    headOf(db, id, viewer),
    db
      .select({
        id: users.id,
        name: users.name,
        email: sql<
          string | null
        >`CASE WHEN ${cp.share_email} = 1 AND ${users.deleted_at} IS NULL THEN ${users.email} END`.as('shared_email'),
      })
      .from(cp)
      .innerJoin(users, eq(users.id, cp.user_id))
      .where(
        and(
          eq(cp.conversation_id, id),
          or(
            eq(cp.user_id, viewer),
            sql`${cp.user_id} = (SELECT created_by FROM ${conversations} WHERE ${conversations.id} = ${id})`,
            sql`EXISTS (SELECT 1 FROM ${messages} m WHERE m.conversation_id = ${id} AND m.sender_id = ${cp.user_id})`,
          ),
        ),
      )
      .orderBy(users.id),
    db
      .select({
        id: messages.id,
        sender_id: messages.sender_id,
        sender_name: users.name,
        body: messages.body,
        created_at: messages.created_at,
      })
      .from(messages)
      .innerJoin(users, eq(users.id, messages.sender_id))
      .where(
        and(
          eq(messages.conversation_id, id),
          before &&
            or(lt(messages.created_at, before[0]), and(eq(messages.created_at, before[0]), lt(messages.id, before[1]))),
        ),
      )
      .orderBy(desc(messages.created_at), desc(messages.id))
      .limit(page.limit + 1),
    db
      .update(cp)
      .set({ last_read_at: now })
      .where(and(eq(cp.conversation_id, id), eq(cp.user_id, viewer))),
  ]);
  if (!head) return undefined;
  const stored = toStored(head);
  const view: ConversationView = {
    id: head.id,
    subject: head.subject,
    about: { kind: head.about_kind, id: head.about_id, title: head.about_title },
    created_at: head.created_at,
    closed: stored.closed,
    blocked_by_me: stored.blocked_by_me,
    taking_part: stored.participant,
    reported_by_me: stored.reported_by_me,
    share_email: Boolean(head.share_email),
    participants: people,
    // Read newest first; shown oldest first, as a thread reads.
    ...pageOfMessages(thread, page.limit, viewer),
  };
  return { stored, view };
}

/** A page of messages read newest first (`limit` + 1 rows): oldest first, and the cursor to those before. */
function pageOfMessages(
  rows: { id: string; sender_id: string; sender_name: string; body: string; created_at: string }[],
  limit: number,
  viewer: string,
) {
  const { data, next_cursor } = toPage(
    rows,
    limit,
    (m) => [m.created_at, m.id],
    (m): Message => ({
      id: m.id,
      sender: { id: m.sender_id, name: m.sender_name },
      mine: m.sender_id === viewer,
      body: m.body,
      created_at: m.created_at,
    }),
  );
  return { messages: data.reverse(), next_cursor };
}

/** The conversations a person takes part in, latest message first, a keyset page at a time (one index range). */
export async function listConversations(db: Database, viewer: string, query: ConversationListQuery) {
  const after = query.cursor ? decodeCursor(query.cursor, Cursor) : undefined;
  const before: SQL | undefined = after
    ? or(lt(cp.last_message_at, after[0]), and(eq(cp.last_message_at, after[0]), lt(cp.conversation_id, after[1])))
    : undefined;
  const rows = await db
    .select({
      id: conversations.id,
      subject: conversations.subject,
      about_kind: conversations.about_kind,
      about_id: conversations.about_id,
      about_title: aboutTitle.as('about_title'),
      created_by: conversations.created_by,
      last_message_at: cp.last_message_at,
      unread: sql<number>`${cp.last_read_at} IS NULL OR ${cp.last_read_at} < ${cp.last_message_at}`.as('unread'),
      closed: closedNow.as('closed'),
    })
    .from(cp)
    .innerJoin(conversations, eq(conversations.id, cp.conversation_id))
    .where(and(eq(cp.user_id, viewer), before))
    .orderBy(desc(cp.last_message_at), desc(cp.conversation_id))
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    (r) => [r.last_message_at, r.id],
    (r): ConversationItem => ({
      id: r.id,
      subject: r.subject,
      about: { kind: r.about_kind, id: r.about_id, title: r.about_title },
      started_by_me: r.created_by === viewer,
      last_message_at: r.last_message_at,
      unread: Boolean(r.unread),
      closed: Boolean(r.closed),
    }),
  );
}
