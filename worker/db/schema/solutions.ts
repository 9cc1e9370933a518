import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { IP_STATUSES, SOLUTION_STATUSES, TEAM_ROLES } from '../enums';
import { organizations, users } from './accounts';
import { challenges } from './challenges';
import { createdAt, id, timestamp, updatedAt } from './columns';

export const solutions = sqliteTable(
  'solutions',
  {
    id: id(),
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    submitter_id: text('submitter_id')
      .notNull()
      .references(() => users.id),
    organization_id: text('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    status: text('status', { enum: SOLUTION_STATUSES }).notNull().default('draft'),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    approach: text('approach').notNull(),
    trl: integer('trl').notNull(),
    team: text('team').notNull().default(''),
    ip_status: text('ip_status', { enum: IP_STATUSES }).notNull().default('none'),
    /** JSON array of https URLs. */
    links: text('links', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Solver's opt-in: the summary shows publicly once the challenge is decided. */
    summary_public: integer('summary_public', { mode: 'boolean' }).notNull().default(false),
    /** The team agreed to be named (title and organization) in public results if it wins, even with a private summary. */
    name_if_winner: integer('name_if_winner', { mode: 'boolean' }).notNull().default(false),
    hidden_at: timestamp('hidden_at'),
    created_at: createdAt(),
    updated_at: updatedAt(),
    submitted_at: timestamp('submitted_at'),
    /** Later stages' fields (issue 15): a budget in minor units of `budget_currency`, and a work plan. */
    budget_amount_minor: integer('budget_amount_minor'),
    budget_currency: text('budget_currency'),
    work_plan: text('work_plan'),
  },
  (t) => [
    index('solutions_challenge_status_idx').on(t.challenge_id, t.status, t.submitted_at),
    // Issue 17: a page of a challenge's solutions is one range of these, in the order it is shown
    // (the list by id, the declaration page by submission), however many the challenge holds.
    index('solutions_challenge_id_idx').on(t.challenge_id, t.id),
    index('solutions_challenge_submitted_idx').on(t.challenge_id, t.submitted_at, t.id),
    index('solutions_submitter_idx').on(t.submitter_id, t.created_at),
    // An organization's profile (issue 16): its solutions made public.
    index('solutions_organization_idx').on(t.organization_id, t.status),
    // Impact figures (issue 15): who submitted to a cluster's challenges in a date range (covering).
    index('solutions_impact_idx')
      .on(t.challenge_id, t.submitted_at, t.organization_id, t.status)
      .where(sql`${t.submitted_at} IS NOT NULL`),
    check('solutions_trl_ck', sql`${t.trl} BETWEEN 1 AND 9`),
    check('solutions_version_ck', sql`${t.version} >= 1`),
  ],
);

/**
 * The team of a solution (issue 14): its submitter (written when the solution is created) and the
 * co-applicants who accepted an invitation. Members read and edit the solution; only the
 * submitter submits, withdraws and manages the team.
 */
export const solutionMembers = sqliteTable(
  'solution_members',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: TEAM_ROLES }).notNull().default('other'),
    /** The member's organization as given (their profile's, when they joined), until a directory exists. */
    organization_name: text('organization_name').notNull().default(''),
    added_at: createdAt('added_at'),
  },
  (t) => [primaryKey({ columns: [t.solution_id, t.user_id] }), index('solution_members_user_idx').on(t.user_id)],
);

/** The jury of a challenge, per stage (issue 15: a juror sits on the stages they are assigned to). */
export const evaluatorAssignments = sqliteTable(
  'evaluator_assignments',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull().default(1),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assigned_by: text('assigned_by').references(() => users.id),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.stage, t.user_id] }),
    index('evaluator_assignments_user_idx').on(t.user_id, t.stage),
  ],
);

/** Declared per (solution, evaluator) before the evaluator may see the solution. */
export const conflictDeclarations = sqliteTable(
  'conflict_declarations',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    evaluator_id: text('evaluator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The stage of the challenge this is about (issue 15). */
    stage: integer('stage').notNull().default(1),
    conflict: integer('conflict', { mode: 'boolean' }).notNull(),
    note: text('note'),
    declared_at: createdAt('declared_at'),
    /**
     * Written by Bedside, not the juror (domain/evaluation/recusals.ts): their organization is a team
     * member's. Kept in step with the team and the jury; the juror cannot clear it.
     */
    automatic: integer('automatic', { mode: 'boolean' }).notNull().default(false),
    /** Why an automatic conflict was recorded: JSON `{ organization, member }` (names at the time). */
    reason: text('reason', { mode: 'json' }).$type<{ organization: string; member: string }>(),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage, t.evaluator_id] }),
    index('conflict_declarations_evaluator_idx').on(t.evaluator_id, t.stage),
    // The conflicts alone (issue 17): how many of the jury declared one on a solution is read for
    // every entry of a ranking page and the report's conflicts, and most declarations say "no conflict".
    index('conflict_declarations_conflict_idx').on(t.solution_id, t.stage).where(sql`${t.conflict} = 1`),
  ],
);

/** One row per (solution, evaluator); a new submission replaces it (upsert on the key). */
export const evaluations = sqliteTable(
  'evaluations',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    evaluator_id: text('evaluator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The stage of the challenge this is about (issue 15). */
    stage: integer('stage').notNull().default(1),
    /** `{ criterionKey: 1..5 }`; validated against the challenge's criteria before it is written. */
    scores: text('scores', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage, t.evaluator_id] }),
    index('evaluations_evaluator_idx').on(t.evaluator_id, t.stage),
    // The report's comments (issue 17): the few evaluations with one, without reading the others.
    index('evaluations_commented_idx').on(t.solution_id, t.stage).where(sql`${t.comment} <> ''`),
    check('evaluations_scores_ck', sql`json_valid(${t.scores}) AND json_type(${t.scores}) = 'object'`),
  ],
);

/**
 * Per solution and criterion: the sum and number of the scores that count (current jury, no
 * conflict). Kept up to date in the same batch as every change that affects it, so the ranking
 * reads a few rows per solution instead of parsing every evaluation.
 */
export const solutionScores = sqliteTable(
  'solution_scores',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    criterion_key: text('criterion_key').notNull(),
    total: integer('total').notNull(),
    evaluations: integer('evaluations').notNull(),
    /** The criterion's stage (issue 15), for filtering: the key alone names it. */
    stage: integer('stage').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.solution_id, t.criterion_key] })],
);

/**
 * Per solution and stage: what the weighted ranking needs, summed up from `solution_scores` in the
 * same batch (score-sums.ts `recomputeScores`): the weighted score 0–100, the evaluations that
 * count, the mean per criterion (JSON) and the submission time for the order. A row exists only
 * while at least one evaluation counts; derived data (not personal: no part in the export, it goes
 * with its solution).
 */
export const solutionTallies = sqliteTable(
  'solution_tallies',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull(),
    challenge_id: text('challenge_id').notNull(),
    score: real('score').notNull(),
    evaluations: integer('evaluations').notNull(),
    means: text('means').notNull(),
    submitted_at: text('submitted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage] }),
    index('solution_tallies_rank_idx').on(
      t.challenge_id,
      t.stage,
      sql`${t.score} DESC`,
      sql`${t.evaluations} DESC`,
      t.submitted_at,
      t.solution_id,
    ),
  ],
);

/**
 * A jury member's scores so far, saved to finish later: never counted in the ranking. Saving a
 * complete score writes `evaluations` and deletes this row in the same batch.
 */
export const evaluationDrafts = sqliteTable(
  'evaluation_drafts',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    evaluator_id: text('evaluator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The stage of the challenge this is about (issue 15). */
    stage: integer('stage').notNull().default(1),
    /** `{ criterionKey: 1..5 }` for the criteria scored so far. */
    scores: text('scores', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    updated_at: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.stage, t.evaluator_id] }),
    index('evaluation_drafts_evaluator_idx').on(t.evaluator_id, t.stage),
    check('evaluation_drafts_scores_ck', sql`json_valid(${t.scores}) AND json_type(${t.scores}) = 'object'`),
  ],
);

/**
 * A winner named although fewer jurors than the challenge's `min_evaluations` scored it: the
 * owner's note on why, written in the same batch as the decision (and its audit entry).
 */
export const decisionOverrides = sqliteTable(
  'decision_overrides',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    decided_by: text('decided_by')
      .notNull()
      .references(() => users.id),
    created_at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.solution_id] }),
    index('decision_overrides_solution_idx').on(t.solution_id),
    index('decision_overrides_decided_by_idx').on(t.decided_by),
  ],
);

/**
 * What the normalised ranking and the agreement figures computed from a challenge's counted
 * evaluations, kept until they change. `scores_version` is raised by triggers (migration
 * 0010_ranking_cache) in the same statement as every write that changes which evaluations count
 * or what they say: an evaluation, a conflict declaration, a jury seat, a solution's status or
 * visibility, a criterion. A computed figure is valid while its `*_version` equals it; reading
 * 20 000 evaluations on every request is what this saves.
 */
export const rankingCache = sqliteTable(
  'ranking_cache',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    /** Per stage (issue 15): each stage has its own jury, cohort and criteria. */
    stage: integer('stage').notNull().default(1),
    scores_version: integer('scores_version').notNull().default(0),
    /** `{ format, z: { solutionId: mean z-score } }`, computed at `normalised_version` (ranking-cache.ts). */
    normalised: text('normalised', { mode: 'json' }).$type<unknown>(),
    normalised_version: integer('normalised_version'),
    /** `{ format, figures }`: the agreement figures (agreement.ts `agreement`), computed at `agreement_version`. */
    agreement: text('agreement', { mode: 'json' }).$type<unknown>(),
    agreement_version: integer('agreement_version'),
    /** `{ format, figures }`: the evaluation report's figures (report-figures.ts), computed at `report_version` (issue 17). */
    report: text('report', { mode: 'json' }).$type<unknown>(),
    report_version: integer('report_version'),
  },
  (t) => [primaryKey({ columns: [t.challenge_id, t.stage] })],
);

/**
 * The places of a stage's ranking by both methods (issue 17), written with the normalised scores
 * they come from (ranking-cache.ts `rankingFigures`) and valid while `ranking_cache`'s
 * `normalised_version` equals its `scores_version`: a page of either order is then an index range
 * after the rank its cursor carries, and never reads the whole order. One row per solution in the
 * running; `normalised` is its mean z-score (null without a counted evaluation). Derived data.
 */
export const rankingPlaces = sqliteTable(
  'ranking_places',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    stage: integer('stage').notNull(),
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    weighted_rank: integer('weighted_rank').notNull(),
    normalised_rank: integer('normalised_rank').notNull(),
    normalised: real('normalised'),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.stage, t.solution_id] }),
    index('ranking_places_weighted_idx').on(t.challenge_id, t.stage, t.weighted_rank),
    index('ranking_places_normalised_idx').on(t.challenge_id, t.stage, t.normalised_rank),
    index('ranking_places_solution_idx').on(t.solution_id),
  ],
);
