import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CHALLENGE_STATUSES, CLUSTER_ROLES } from '../enums';
import { users } from './accounts';
import { createdAt, id } from './columns';

export const clusters = sqliteTable(
  'clusters',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    region: text('region').notNull(),
    /** ISO 3166-1 alpha-2 */
    country: text('country').notNull(),
    description: text('description').notNull().default(''),
    website: text('website'),
    created_at: createdAt(),
    /**
     * Its listed public challenges, and those of them open now: tallies kept by triggers on
     * `challenges` (migration 0031), so the home page and cluster pages read two columns instead
     * of counting a cluster's challenges on every read (issue 17).
     */
    challenge_count: integer('challenge_count').notNull().default(0),
    open_challenge_count: integer('open_challenge_count').notNull().default(0),
  },
  (t) => [uniqueIndex('clusters_slug_uq').on(t.slug)],
);

/**
 * How many of a cluster's challenges are in each state, whatever their visibility: a tally kept by
 * triggers on `challenges` (migration 0033), so a moderator's page reads a row per cluster and
 * state instead of counting every challenge of their clusters on each visit (issue 17: tens of
 * thousands at a big call's scale). A state a cluster has no challenge in reads 0 or no row.
 */
export const clusterStateTallies = sqliteTable(
  'cluster_state_tallies',
  {
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CHALLENGE_STATUSES }).notNull(),
    challenges: integer('challenges').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.cluster_id, t.status] })],
);

export const clusterMemberships = sqliteTable(
  'cluster_memberships',
  {
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: CLUSTER_ROLES }).notNull(),
    created_at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cluster_id, t.user_id] }), index('cluster_memberships_user_idx').on(t.user_id)],
);
