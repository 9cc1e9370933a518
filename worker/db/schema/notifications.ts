import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { EMAIL_KINDS, EMAIL_STATUSES, LANGUAGES, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../enums';
import { users } from './accounts';
import { challenges } from './challenges';
import { createdAt, id, timestamp } from './columns';

/**
 * One event as it reached one person: their inbox line. `event_id` groups the rows one change
 * caused (and its emails); `params` holds what the line says, so it renders in any language later.
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    event_id: text('event_id').notNull(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    challenge_id: text('challenge_id').references(() => challenges.id, { onDelete: 'cascade' }),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull(),
    read_at: timestamp('read_at'),
    /** The digest that is to carry it (daily or weekly), or null when it went out at once or not at all. */
    digest: text('digest', { enum: ['daily', 'weekly'] }),
    digested_at: timestamp('digested_at'),
    created_at: createdAt(),
  },
  (t) => [
    // Idempotent: one event reaches a person once, however often the batch is retried.
    uniqueIndex('notifications_event_user_uq').on(t.event_id, t.user_id),
    index('notifications_user_idx').on(t.user_id, t.id),
    index('notifications_unread_idx').on(t.user_id).where(sql`${t.read_at} IS NULL`),
    index('notifications_digest_idx')
      .on(t.user_id, t.digest)
      .where(sql`${t.digest} IS NOT NULL AND ${t.digested_at} IS NULL`),
    // A hidden question's text leaves the lines that quote it (forgetQuestionText): found by challenge and kind.
    index('notifications_challenge_kind_idx').on(t.challenge_id, t.kind),
  ],
);

/** A person's choice per kind; kinds without a row use the default in domain/notifications/kinds.ts. */
export const notificationPreferences = sqliteTable(
  'notification_preferences',
  {
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.user_id, t.kind] })],
);

/**
 * The transactional outbox: every email is a row written in the same batch as the change that
 * causes it, then delivered by the queue consumer. `idempotency_key` makes a second row for the
 * same event and recipient impossible.
 */
export const emailOutbox = sqliteTable(
  'email_outbox',
  {
    id: id(),
    event_id: text('event_id').notNull(),
    idempotency_key: text('idempotency_key').notNull(),
    user_id: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    to_email: text('to_email').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    kind: text('kind', { enum: EMAIL_KINDS }).notNull(),
    /** What the message says; rendered (and its links signed) only when it is sent or shown, never stored. */
    params: text('params', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: EMAIL_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    last_error: text('last_error'),
    /** When it was last handed to the queue. */
    enqueued_at: timestamp('enqueued_at'),
    /** When a consumer took it for sending (status `sending`). */
    claimed_at: timestamp('claimed_at'),
    sent_at: timestamp('sent_at'),
    created_at: createdAt(),
  },
  (t) => [
    uniqueIndex('email_outbox_idempotency_uq').on(t.idempotency_key),
    index('email_outbox_event_idx').on(t.event_id),
    index('email_outbox_status_idx').on(t.status, t.created_at),
    // Admins page through one state newest first (outboxByStatus).
    index('email_outbox_status_id_idx').on(t.status, t.id),
    index('email_outbox_created_idx').on(t.created_at),
    // A person's own emails: their data export and the deletion of their account.
    index('email_outbox_user_idx').on(t.user_id),
    index('email_outbox_to_email_idx').on(t.to_email),
  ],
);

/**
 * A catalogue search a person keeps: the query as the catalogue takes it, plus the filters it
 * matches new challenges on (columns, so the match is one statement), and the secret of its feed.
 */
export const savedSearches = sqliteTable(
  'saved_searches',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    /** The FTS5 query of `q` (see domain/challenges/search), or null without words. */
    fts_query: text('fts_query'),
    cluster_slug: text('cluster_slug'),
    tag: text('tag'),
    trl: integer('trl'),
    pathway: text('pathway'),
    status: text('status'),
    deadline_before: text('deadline_before'),
    feed_token: text('feed_token').notNull(),
    created_at: createdAt(),
  },
  (t) => [uniqueIndex('saved_searches_feed_uq').on(t.feed_token), index('saved_searches_user_idx').on(t.user_id, t.id)],
);
