import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { type STAGE_FIELDS, STAGE_KINDS, STAGE_OUTCOMES } from '../enums';
import { users } from './accounts';
import { challenges } from './challenges';
import { timestamp } from './columns';
import { solutions } from './solutions';

/**
 * The stages of a challenge (issue 15): stage 1 for every challenge (written by the trigger
 * `challenges_stage_ai` of migration 0015, so every way of creating a challenge gets it), more
 * for a multi-stage one. `challenges.deadline`, `evaluation_deadline`, `min_evaluations` and
 * `share_feedback` mirror the current stage (`challenges.current_stage`), so everything that reads
 * them keeps working; advancing rewrites both in one batch.
 */
export const challengeStages = sqliteTable(
  'challenge_stages',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull(),
    /** '' = the default name ("Solutions"), from the catalogue in the reader's language. */
    name: text('name').notNull().default(''),
    kind: text('kind', { enum: STAGE_KINDS }).notNull().default('submission'),
    deadline: timestamp('deadline').notNull(),
    evaluation_deadline: timestamp('evaluation_deadline'),
    min_evaluations: integer('min_evaluations').notNull().default(3),
    share_feedback: integer('share_feedback', { mode: 'boolean' }).notNull().default(false),
    /** JSON array ⊆ `STAGE_FIELDS`: what solvers fill in for this stage. */
    required_fields: text('required_fields', { mode: 'json' })
      .$type<(typeof STAGE_FIELDS)[number][]>()
      .notNull()
      .default(sql`'[]'`),
    opened_at: timestamp('opened_at'),
    closed_at: timestamp('closed_at'),
    advanced_at: timestamp('advanced_at'),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.stage] }),
    check('challenge_stages_stage_ck', sql`${t.stage} BETWEEN 1 AND 5`),
    check('challenge_stages_min_evaluations_ck', sql`${t.min_evaluations} >= 1`),
  ],
);

/**
 * A solution's part in one stage: when it was submitted to it, what it said for that stage's
 * fields (the snapshot that stage's jury reads), and the outcome. Stage 1's row is written by the
 * triggers `solutions_stage_ai` / `solutions_stage_au` when a solution is submitted; a later
 * stage's row when the solution advances to it. The cohort of stage k is the solutions with a
 * submitted row for k (`inStage`, domain/evaluation/counted.ts).
 */
export const solutionStages = sqliteTable(
  'solution_stages',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    /** Denormalised from the solution, so a stage's cohort is one index range. */
    challenge_id: text('challenge_id').notNull(),
    stage: integer('stage').notNull(),
    submitted_at: timestamp('submitted_at'),
    /** JSON: the stage's `required_fields` as submitted (null for stage 1 before issue 15: the solution itself). */
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>(),
    outcome: text('outcome', { enum: STAGE_OUTCOMES }).notNull().default('pending'),
    outcome_at: timestamp('outcome_at'),
    outcome_by: text('outcome_by').references(() => users.id, { onDelete: 'set null' }),
    feedback_shared: integer('feedback_shared', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage] }),
    index('solution_stages_cohort_idx').on(t.challenge_id, t.stage, t.submitted_at),
    index('solution_stages_outcome_by_idx').on(t.outcome_by),
    check('solution_stages_stage_ck', sql`${t.stage} BETWEEN 1 AND 5`),
  ],
);

/** A pitch stage's slot for one solution. */
export const stageSlots = sqliteTable(
  'stage_slots',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull(),
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    starts_at: timestamp('starts_at').notNull(),
    ends_at: timestamp('ends_at').notNull(),
    location: text('location').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage] }),
    index('stage_slots_challenge_idx').on(t.challenge_id, t.stage, t.starts_at),
  ],
);
