import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CALL_BENEFIT_KINDS, CALL_RULES, CALL_STATUSES, LANGUAGES } from '../enums';
import { users } from './accounts';
import { clusters } from './clusters';
import { createdAt, id, timestamp, updatedAt } from './columns';

/**
 * A call for challenges (issue 15), run by one or more clusters: challenges are put into it, and
 * its rules say who may submit to them. Reviewed like a challenge: another moderator publishes it.
 */
export const calls = sqliteTable(
  'calls',
  {
    id: id(),
    status: text('status', { enum: CALL_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    description: text('description').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    opens_at: timestamp('opens_at').notNull(),
    closes_at: timestamp('closes_at').notNull(),
    created_by: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    moderator_note: text('moderator_note'),
    hidden_at: timestamp('hidden_at'),
    published_at: timestamp('published_at'),
    created_at: createdAt(),
    updated_at: updatedAt(),
    /** 1 when published, closed or archived and not hidden: what everyone sees. */
    listed: integer('listed', { mode: 'boolean' }).generatedAlwaysAs(
      sql`status IN ('published', 'closed', 'archived') AND hidden_at IS NULL`,
      { mode: 'virtual' },
    ),
  },
  (t) => [
    index('calls_listed_opens_idx').on(t.listed, t.opens_at, t.id),
    // The sitemap's keyset over listed calls (issue 18).
    index('calls_listed_id_idx').on(t.listed, t.id),
    // The cron closes published calls at closes_at.
    index('calls_status_closes_idx').on(t.status, t.closes_at),
    index('calls_created_by_idx').on(t.created_by),
    check('calls_dates_ck', sql`${t.opens_at} < ${t.closes_at}`),
    check('calls_version_ck', sql`${t.version} >= 1`),
  ],
);

/** The clusters running a call; a moderator of any of them manages it. One is the lead. */
export const callClusters = sqliteTable(
  'call_clusters',
  {
    call_id: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    lead: integer('lead', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.call_id, t.cluster_id] }),
    index('call_clusters_cluster_idx').on(t.cluster_id, t.call_id),
  ],
);

/** What the winners of a call's challenges get, in the order shown. Money in minor units, never converted. */
export const callBenefits = sqliteTable(
  'call_benefits',
  {
    call_id: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: CALL_BENEFIT_KINDS }).notNull(),
    amount_minor: integer('amount_minor'),
    currency: text('currency'),
    details: text('details').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.call_id, t.position] }),
    check('call_benefits_amount_ck', sql`${t.amount_minor} >= 0`),
  ],
);

/** Who may submit to the call's challenges: one row per kind of rule, its parameters as JSON. */
export const callRules = sqliteTable(
  'call_rules',
  {
    call_id: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    rule: text('rule', { enum: CALL_RULES }).notNull(),
    params: text('params', { mode: 'json' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.call_id, t.rule] })],
);
