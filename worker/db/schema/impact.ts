import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { challenges } from './challenges';
import { clusters } from './clusters';

/**
 * The additive counts of the impact figures (issue 15), per cluster, quarter (`YYYY-Qn`, from
 * the metric's own date), metric and dimension (`''`, `country:DE`, `kind:sme`, a currency …).
 * Kept by `tally()` (domain/impact/tallies.ts) in the batch of the write that changes them, so a
 * dashboard reads a few hundred rows whatever the volume. Medians, p90 and distinct counts are not
 * additive: they are read from the base tables.
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
 * instead of reading every decided challenge's solutions.
 */
export const juryFigures = sqliteTable('jury_figures', {
  challenge_id: text('challenge_id')
    .primaryKey()
    .references(() => challenges.id, { onDelete: 'cascade' }),
  seats: integer('seats').notNull(),
  pairs: integer('pairs').notNull(),
  conflicts: integer('conflicts').notNull(),
  evaluations: integer('evaluations').notNull(),
});
