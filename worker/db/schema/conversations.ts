import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CONVERSATION_SUBJECTS } from '../enums';
import { users } from './accounts';
import { createdAt, id, timestamp } from './columns';

/**
 * A conversation relayed by Bedside (issue 16): someone contacted an organization, a person who
 * made their profile public, or a challenge's owner. Nobody's address is in it unless its owner
 * shared it (`conversation_participants.share_email`).
 */
export const conversations = sqliteTable(
  'conversations',
  {
    id: id(),
    subject: text('subject').notNull(),
    about_kind: text('about_kind', { enum: CONVERSATION_SUBJECTS }).notNull(),
    about_id: text('about_id').notNull(),
    /** Who made contact; a deleted account stays as an anonymised row, so the other side keeps the thread. */
    created_by: text('created_by')
      .notNull()
      .references(() => users.id),
    created_at: createdAt(),
    last_message_at: timestamp('last_message_at').notNull(),
  },
  // A second contact about the same thing by the same person reopens this one.
  (t) => [uniqueIndex('conversations_contact_uq').on(t.created_by, t.about_kind, t.about_id)],
);

/** Who takes part in a conversation, and what each of them chose: their address shared, the other side blocked. */
export const conversationParticipants = sqliteTable(
  'conversation_participants',
  {
    conversation_id: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    /** The others in the conversation see this person's address (in the conversation view only). */
    share_email: integer('share_email', { mode: 'boolean' }).notNull().default(false),
    /** This person blocked the conversation: it is closed, nobody writes in it any more. */
    blocked_at: timestamp('blocked_at'),
    last_read_at: timestamp('last_read_at'),
    /** This person reported the conversation to the moderators: from then on they may read it too. */
    reported_at: timestamp('reported_at'),
    /** Copied from the conversation at every message, so a person's inbox is one index range in order. */
    last_message_at: timestamp('last_message_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversation_id, t.user_id] }),
    index('conversation_participants_inbox_idx').on(t.user_id, t.last_message_at, t.conversation_id),
  ],
);

/** One message of a conversation; its body is never longer than 4 000 characters. */
export const messages = sqliteTable(
  'messages',
  {
    id: id(),
    conversation_id: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    sender_id: text('sender_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    created_at: createdAt(),
  },
  (t) => [
    // A thread is read a page at a time, newest first, seeking past (created_at, id): issue 17.
    index('messages_conversation_idx').on(t.conversation_id, t.created_at, t.id),
    // What a person sent: their data export, and the per-hour limit.
    index('messages_sender_idx').on(t.sender_id, t.created_at),
  ],
);
