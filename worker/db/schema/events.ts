import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  EVENT_KINDS,
  EVENT_MODES,
  EVENT_STATUSES,
  MEETING_REQUEST_STATUSES,
  NEXT_STEPS,
  REGISTRATION_STATUSES,
} from '../enums';
import { users } from './accounts';
import { clusters } from './clusters';
import { createdAt, id, timestamp, updatedAt } from './columns';

/**
 * A matchmaking event (issue 16, §4): a partnering day of one-to-one meetings, or an exchange visit
 * a cluster hosts for members of others. Hosted by one cluster (`cluster_id`, whose moderators run
 * it), optionally with others (`event_clusters`). Listed for everyone once published.
 */
export const events = sqliteTable(
  'events',
  {
    id: id(),
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull().default('partnering'),
    title: text('title').notNull(),
    topic: text('topic').notNull().default(''),
    description: text('description').notNull().default(''),
    mode: text('mode', { enum: EVENT_MODES }).notNull(),
    /** ISO instants; the meeting slots run from `starts_at` to `ends_at`, `slot_minutes` each. */
    starts_at: timestamp('starts_at').notNull(),
    ends_at: timestamp('ends_at').notNull(),
    /** IANA time zone the event is held in (times are shown and put in calendars in it). */
    timezone: text('timezone').notNull(),
    venue: text('venue'),
    /** The video link of an online event (each meeting's, unless it has its own). */
    link: text('link'),
    /** Places; null is no limit. */
    capacity: integer('capacity'),
    /** What a participant accepts when registering. */
    terms: text('terms').notNull().default(''),
    slot_minutes: integer('slot_minutes').notNull().default(20),
    /** Meeting tables (or video rooms) per slot. */
    tables: integer('tables').notNull().default(10),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    published_at: timestamp('published_at'),
    /** Bumped by every write of the schedule, so two runs never interleave. */
    schedule_version: integer('schedule_version').notNull().default(0),
    version: integer('version').notNull().default(1),
    created_by: text('created_by').references(() => users.id),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('events_status_idx').on(t.status, t.starts_at),
    index('events_cluster_idx').on(t.cluster_id, t.starts_at),
    index('events_created_by_idx').on(t.created_by),
    check('events_times_ck', sql`${t.ends_at} > ${t.starts_at}`),
    check('events_capacity_ck', sql`${t.capacity} IS NULL OR ${t.capacity} >= 1`),
    check('events_slot_ck', sql`${t.slot_minutes} BETWEEN 5 AND 240`),
    check('events_tables_ck', sql`${t.tables} BETWEEN 1 AND 1000`),
    check('events_version_ck', sql`${t.version} >= 1`),
  ],
);

/** Clusters that hold an event together with its host. */
export const eventClusters = sqliteTable(
  'event_clusters',
  {
    event_id: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.event_id, t.cluster_id] }), index('event_clusters_cluster_idx').on(t.cluster_id)],
);

/**
 * A person's place at an event: the terms they accepted and when, and when they are available
 * (JSON array of `{ start, end }` ISO instants; null is the whole event).
 */
export const eventRegistrations = sqliteTable(
  'event_registrations',
  {
    event_id: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    terms_accepted_at: timestamp('terms_accepted_at').notNull(),
    availability: text('availability', { mode: 'json' }).$type<{ start: string; end: string }[] | null>(),
    /** An application to an exchange visit: what the applicant wrote to the host. */
    note: text('note').notNull().default(''),
    decided_at: timestamp('decided_at'),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.event_id, t.user_id] }),
    index('event_registrations_status_idx').on(t.event_id, t.status),
    index('event_registrations_user_idx').on(t.user_id),
  ],
);

/** One person asks another, both registered at the event, for a one-to-one meeting. */
export const meetingRequests = sqliteTable(
  'meeting_requests',
  {
    id: id(),
    event_id: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    from_user: text('from_user')
      .notNull()
      .references(() => users.id),
    to_user: text('to_user')
      .notNull()
      .references(() => users.id),
    message: text('message').notNull().default(''),
    status: text('status', { enum: MEETING_REQUEST_STATUSES }).notNull().default('pending'),
    created_at: createdAt(),
    decided_at: timestamp('decided_at'),
  },
  (t) => [
    // One request per pair and event, whoever asked first.
    uniqueIndex('meeting_requests_pair_uq').on(
      t.event_id,
      sql`min(${t.from_user}, ${t.to_user})`,
      sql`max(${t.from_user}, ${t.to_user})`,
    ),
    index('meeting_requests_to_idx').on(t.event_id, t.to_user, t.status),
    index('meeting_requests_from_idx').on(t.from_user),
    index('meeting_requests_to_user_idx').on(t.to_user),
    index('meeting_requests_status_idx').on(t.event_id, t.status),
    check('meeting_requests_pair_ck', sql`${t.from_user} <> ${t.to_user}`),
  ],
);

/**
 * An accepted request's place in the schedule: a slot and a table (or the video link), or no
 * place and why (`unplaced_reason`, the scheduler's reason as JSON).
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: id(),
    event_id: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    request_id: text('request_id')
      .notNull()
      .references(() => meetingRequests.id, { onDelete: 'cascade' }),
    from_user: text('from_user')
      .notNull()
      .references(() => users.id),
    to_user: text('to_user')
      .notNull()
      .references(() => users.id),
    starts_at: timestamp('starts_at'),
    ends_at: timestamp('ends_at'),
    table_number: integer('table_number'),
    video_link: text('video_link'),
    unplaced_reason: text('unplaced_reason', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    /** When the day-before reminder went out (once). */
    reminded_at: timestamp('reminded_at'),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('meetings_request_uq').on(t.request_id),
    // A table holds one meeting per slot.
    uniqueIndex('meetings_table_uq').on(t.event_id, t.starts_at, t.table_number).where(sql`${t.starts_at} IS NOT NULL`),
    index('meetings_event_idx').on(t.event_id, t.starts_at),
    index('meetings_from_idx').on(t.from_user, t.event_id),
    index('meetings_to_idx').on(t.to_user, t.event_id),
    index('meetings_reminder_idx').on(t.starts_at).where(sql`${t.reminded_at} IS NULL`),
  ],
);

/** After the event, each side's word on a meeting: did they meet, and what next. */
export const meetingFollowUps = sqliteTable(
  'meeting_follow_ups',
  {
    meeting_id: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    met: integer('met', { mode: 'boolean' }).notNull(),
    next_step: text('next_step', { enum: NEXT_STEPS }).notNull().default('none'),
    created_at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meeting_id, t.user_id] }), index('meeting_follow_ups_user_idx').on(t.user_id)],
);
