import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { AUDIT_ENTITY_TYPES, REPORT_ENTITY_TYPES, REPORT_STATUSES } from '../enums';
import { users } from './accounts';
import { clusters } from './clusters';
import { createdAt, id, timestamp } from './columns';

/** A flag raised by a signed-in user for the moderators of the content's cluster. */
export const reports = sqliteTable(
  'reports',
  {
    id: id(),
    reporter_id: text('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entity_type: text('entity_type', { enum: REPORT_ENTITY_TYPES }).notNull(),
    entity_id: text('entity_id').notNull(),
    /** Cluster of the reported content, so the moderation queue is one indexed read. */
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('open'),
    resolved_by: text('resolved_by').references(() => users.id),
    resolution_note: text('resolution_note'),
    resolved_at: timestamp('resolved_at'),
    created_at: createdAt(),
  },
  (t) => [
    index('reports_cluster_status_idx').on(t.cluster_id, t.status, t.created_at),
    index('reports_entity_idx').on(t.entity_type, t.entity_id),
    // Reports a person filed, in any state: their data export.
    index('reports_reporter_idx').on(t.reporter_id),
    // One open report per reporter and thing; a second is a duplicate (409).
    uniqueIndex('reports_open_uq').on(t.reporter_id, t.entity_type, t.entity_id).where(sql`${t.status} = 'open'`),
  ],
);

/** Append-only record of every state change and moderator action. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    /** UUIDv7, so ordering by id is ordering by time. */
    id: id(),
    /** Null for the system (e.g. the deadline cron). */
    actor_id: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entity_type: text('entity_type', { enum: AUDIT_ENTITY_TYPES }).notNull(),
    entity_id: text('entity_id').notNull(),
    cluster_id: text('cluster_id').references(() => clusters.id),
    /**
     * Issue 17: the challenge an entry about a challenge, one of its questions or one of its
     * solutions belongs to (null for anything else), set by a trigger (migration 0029) after each
     * insert, so a challenge's trail is one range of `audit_log_challenge_idx` newest first.
     */
    challenge_id: text('challenge_id'),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    /**
     * An admin purged free text posted by mistake from this entry (issue 13): the purged fields'
     * values are null in `before` and `after`, their names are listed here, and an `audit.purge`
     * entry records who did it, when and why.
     */
    purged_fields: text('purged_fields', { mode: 'json' }).$type<string[] | null>(),
    purged_at: timestamp('purged_at'),
    purged_by: text('purged_by').references(() => users.id, { onDelete: 'set null' }),
    created_at: createdAt(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity_type, t.entity_id, t.id),
    index('audit_log_cluster_idx').on(t.cluster_id, t.id),
    index('audit_log_challenge_idx').on(t.challenge_id, t.id),
    index('audit_log_actor_idx').on(t.actor_id, t.id),
  ],
);
