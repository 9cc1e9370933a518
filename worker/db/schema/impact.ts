import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { challenges } from './challenges';
import { clusters } from './clusters';
import { timestamp } from './columns';

/**
 * The additive counts of the impact figures (issue 15), per cluster, quarter (`YYYY-Qn`, from
 * the metric's own date), metric and dimension (`''`, `country:DE`, `kind:sme`, a currency …).
 * Kept by `tally()` (domain/impact/tallies.ts) in the batch of the write that changes them, so a
 * dashboard reads a few hundred rows whatever the volume. Medians, p90 and distinct jurors are not
 * additive: they are read from the base tables; distinct SMEs from `impactSmeTallies`.
 */
export const impactTallies = sqliteTable(
  'impact_tallies',
  {
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    quarter: text('quarter').notNull(),
    metric: text('metric').notNull(),
    dimension: text('dimension').notNull().default(''),
    value: integer('value').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.cluster_id, t.quarter, t.metric, t.dimension] }),
    // The network dashboard reads every cluster's quarters at once.
    index('impact_tallies_quarter_idx').on(t.quarter, t.metric),
  ],
);

/**
 * A decided challenge's jury load (issue 15), kept by the decision in its batch: seats (a juror on
 * a stage), pairs (each stage's seats × its cohort), conflicts declared by seated jurors, and the
 * evaluations that count. See `juryFiguresOf` (domain/impact/jury.ts): a dashboard sums these rows
 * instead of reading every decided challenge's solutions. The challenge's cluster and decision
 * time are copied in, by the decision and again by the trigger on its `decided_at` (neither changes
 * afterwards; migrations 0043 and 0044), so a dashboard sums a range of one index instead of
 * seeking a row per decided challenge.
 */
export const juryFigures = sqliteTable(
  'jury_figures',
  {
    challenge_id: text('challenge_id')
      .primaryKey()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    seats: integer('seats').notNull(),
    pairs: integer('pairs').notNull(),
    conflicts: integer('conflicts').notNull(),
    evaluations: integer('evaluations').notNull(),
    // Nullable only because a column added to a table with rows must be; every row has them.
    cluster_id: text('cluster_id'),
    decided_at: timestamp('decided_at'),
  },
  (t) => [
    index('jury_figures_decided_idx').on(t.cluster_id, t.decided_at, t.seats, t.pairs, t.conflicts, t.evaluations),
  ],
);

/**
 * A decided challenge's jurors (issue 17), written by the trigger on its `decided_at` (migration 0044):
 * one row per juror with their seats (stages) on it, and the challenge's cluster and decision
 * time. The dashboards' distinct jurors and most seats per juror over a range read one index range
 * of these instead of every decided challenge's seats. A decided jury no longer changes; an
 * account's deletion keeps its decided seats (domain/accounts/deletion.ts), so these do too.
 */
export const decidedJurors = sqliteTable(
  'decided_jurors',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seats: integer('seats').notNull(),
    cluster_id: text('cluster_id').notNull(),
    decided_at: timestamp('decided_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.user_id] }),
    index('decided_jurors_range_idx').on(t.cluster_id, t.decided_at, t.user_id, t.seats),
  ],
);

/**
 * Where an organization submitted (issue 17): one row per scope (a cluster's id, or `''` for the
 * network), organization and quarter in which it has a counted solution there, with `since`, the
 * scope's previous such quarter of the same organization (`''`: none before). Kept by triggers on
 * the organization rows of `impact_tallies` (migration 0038), so every write that moves those moves
 * these in its own statement. `clusters` is how many clusters hold the quarter (the network row
 * goes with the last); `sme` whether the organization counts as an SME now (kept by a trigger on
 * `organizations`).
 */
export const impactPresence = sqliteTable(
  'impact_presence',
  {
    member_id: text('member_id').notNull(),
    scope_id: text('scope_id').notNull(),
    quarter: text('quarter').notNull(),
    since: text('since').notNull().default(''),
    clusters: integer('clusters').notNull().default(1),
    sme: integer('sme').notNull().default(0),
  },
  // Member first: a chain (previous and next quarter) and an organization's change both seek it.
  (t) => [primaryKey({ columns: [t.member_id, t.scope_id, t.quarter] })],
);

/**
 * The distinct SMEs of the impact figures as sums (issue 17): per scope, quarter and `since` (see
 * `impactPresence`), how many SME organizations have a counted solution in that quarter whose
 * previous one in the scope was `since`. A quarter's distinct SMEs are its rows' sum; a range's
 * are the sum of its quarters' rows with `since` before the range (each organization counts in the
 * first quarter of the range where it submitted, once). At most a row per pair of quarters.
 */
export const impactSmeTallies = sqliteTable(
  'impact_sme_tallies',
  {
    scope_id: text('scope_id').notNull(),
    quarter: text('quarter').notNull(),
    since: text('since').notNull(),
    value: integer('value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope_id, t.quarter, t.since] })],
);
