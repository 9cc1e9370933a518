import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import {
  CARE_PATHWAY_STEPS,
  CHALLENGE_STATUSES,
  DATA_ON_OFFER,
  DEVICE_CLASSES,
  LANGUAGES,
  REGULATIONS,
  REWARD_KINDS,
  VISIBILITIES,
} from '../enums';
import { organizations, users } from './accounts';
import { calls } from './calls';
import { clusters } from './clusters';
import { createdAt, id, timestamp, updatedAt } from './columns';

export const challenges = sqliteTable(
  'challenges',
  {
    /** Internal rowid alias; the FTS5 index is keyed on it so it never moves. Never exposed. */
    seq: integer('seq').primaryKey(),
    id: text('id')
      .notNull()
      .$defaultFn(() => uuidv7()),
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id),
    owner_id: text('owner_id')
      .notNull()
      .references(() => users.id),
    organization_id: text('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    status: text('status', { enum: CHALLENGE_STATUSES }).notNull().default('draft'),
    /** Optimistic concurrency: bumped on every write, sent back as ETag / `version`. */
    version: integer('version').notNull().default(1),

    title: text('title').notNull(),
    summary: text('summary').notNull(),
    problem_statement: text('problem_statement').notNull(),
    clinical_context: text('clinical_context').notNull().default(''),

    // The structured clinical need: what a solver needs to judge fit without a call.
    indication: text('indication').notNull(),
    icd10_code: text('icd10_code'),
    care_pathway_step: text('care_pathway_step', { enum: CARE_PATHWAY_STEPS }).notNull(),
    patient_population: text('patient_population').notNull(),
    /** Current standard of care / current practice. */
    standard_of_care: text('standard_of_care').notNull(),
    /** Desired outcome. */
    target_outcome: text('target_outcome').notNull(),
    outcome_kpi: text('outcome_kpi').notNull(),
    regulation: text('regulation', { enum: REGULATIONS }).notNull().default('unsure'),
    device_class: text('device_class', { enum: DEVICE_CLASSES }),
    ce_marking_required: integer('ce_marking_required', { mode: 'boolean' }).notNull().default(false),
    data_on_offer: text('data_on_offer', { enum: DATA_ON_OFFER }).notNull().default('none'),
    involves_patient_data: integer('involves_patient_data', { mode: 'boolean' }).notNull().default(false),
    integration_needs: text('integration_needs').notNull().default(''),

    trl_min: integer('trl_min').notNull(),
    trl_max: integer('trl_max').notNull(),
    reward_kind: text('reward_kind', { enum: REWARD_KINDS }).notNull(),
    reward_details: text('reward_details').notNull().default(''),
    deadline: timestamp('deadline').notNull(),
    /** When the jury's scoring should be done: reminders go out before it. Optional. */
    evaluation_deadline: timestamp('evaluation_deadline'),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
    /** Whether solvers see the aggregate jury feedback on their own solution after the decision. */
    share_feedback: integer('share_feedback', { mode: 'boolean' }).notNull().default(false),
    /** How many jurors must have scored a solution before it may win without an override with a note. */
    min_evaluations: integer('min_evaluations').notNull().default(3),
    /**
     * Blind review: jury members see no submitter, team, organization or links of a solution (the
     * owner and moderators see everything). Set before approval: solvers write knowing it.
     */
    blind_review: integer('blind_review', { mode: 'boolean' }).notNull().default(false),
    /**
     * The stage the challenge is in (issue 15, `challenge_stages`): `deadline`, `evaluation_deadline`,
     * `min_evaluations` and `share_feedback` above mirror that stage's. Open at a stage > 1 means
     * open to the shortlist only.
     */
    current_stage: integer('current_stage').notNull().default(1),
    /** The call it belongs to (issue 15), at most one; the call's rules decide who may submit. */
    call_id: text('call_id').references(() => calls.id),

    endorsement_count: integer('endorsement_count').notNull().default(0),
    /**
     * 1 when approved (open, evaluation, decided, archived) and not hidden: the catalogue everyone
     * browses. Computed by SQLite so list indexes can lead with it.
     */
    listed: integer('listed', { mode: 'boolean' }).generatedAlwaysAs(
      sql`status IN ('open', 'evaluation', 'decided', 'archived') AND hidden_at IS NULL`,
      { mode: 'virtual' },
    ),
    /** Last note from a moderator (request_changes / reject) or the decision note. */
    moderator_note: text('moderator_note'),
    decision_note: text('decision_note'),
    hidden_at: timestamp('hidden_at'),

    created_at: createdAt(),
    updated_at: updatedAt(),
    submitted_at: timestamp('submitted_at'),
    published_at: timestamp('published_at'),
    /** When submissions closed (the evaluation started), on the deadline or earlier. */
    submissions_closed_at: timestamp('submissions_closed_at'),
    decided_at: timestamp('decided_at'),
  },
  (t) => [
    uniqueIndex('challenges_id_uq').on(t.id),
    // The catalogue, per sort: newest (id), deadline, most endorsed.
    index('challenges_listed_newest_idx').on(t.listed, t.id),
    index('challenges_listed_deadline_idx').on(t.listed, t.deadline, t.id),
    index('challenges_listed_endorsed_idx').on(t.listed, t.endorsement_count, t.id),
    // The anonymous catalogue (public only, issue 17): newest first without skipping network rows.
    index('challenges_public_newest_idx').on(t.listed, t.visibility, t.id),
    // The same with a status filter (also the deadline cron and the moderation queue).
    index('challenges_status_newest_idx').on(t.status, t.id),
    index('challenges_status_deadline_idx').on(t.status, t.deadline, t.id),
    index('challenges_status_endorsed_idx').on(t.status, t.endorsement_count, t.id),
    // The anonymous catalogue of one state by deadline (issue 17): public rows in order, the TRL
    // range in the index, so a filter walks index entries rather than rows (a tag is one seek each).
    index('challenges_status_public_deadline_idx').on(
      t.status,
      t.listed,
      t.visibility,
      t.deadline,
      t.id,
      t.trl_min,
      t.trl_max,
    ),
    // Cluster pages and per-cluster counts (covering: no row lookups to count).
    index('challenges_cluster_listed_idx').on(t.cluster_id, t.listed, t.visibility, t.status, t.id),
    index('challenges_pathway_idx').on(t.care_pathway_step, t.listed),
    index('challenges_trl_idx').on(t.trl_min, t.trl_max),
    index('challenges_owner_idx').on(t.owner_id, t.id),
    // An organization's profile lists its public challenges, newest first (issue 17). With the
    // organization alone, SQLite preferred (listed, visibility) and walked every public challenge:
    // 2.1 s for a demo hospital's profile in the bench at 100 000 challenges.
    index('challenges_organization_idx').on(t.organization_id, t.listed, t.visibility, t.published_at, t.id),
    // Impact figures (issue 15): time to decision by quarter of the decision, per cluster (covering).
    index('challenges_impact_idx').on(t.cluster_id, t.decided_at, t.published_at, t.submitted_at, t.status),
    index('challenges_call_idx').on(t.call_id, t.listed, t.id),
    // A call's page lists its challenges by deadline (issue 17). Without the deadline here, SQLite
    // walked the catalogue's deadline index and checked every listed challenge for the call: a
    // call with fewer than a page of challenges read all 100 000 (3.8 s in the bench).
    index('challenges_call_deadline_idx').on(t.call_id, t.listed, t.deadline, t.id),
    check(
      'challenges_trl_ck',
      sql`${t.trl_min} BETWEEN 1 AND 9 AND ${t.trl_max} BETWEEN 1 AND 9 AND ${t.trl_min} <= ${t.trl_max}`,
    ),
    check('challenges_version_ck', sql`${t.version} >= 1`),
    check('challenges_endorsement_count_ck', sql`${t.endorsement_count} >= 0`),
    check('challenges_min_evaluations_ck', sql`${t.min_evaluations} >= 1`),
  ],
);

/** Evaluation criteria with weights; the ranking joins on them. */
export const challengeCriteria = sqliteTable(
  'challenge_criteria',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    /** What a good answer looks like, shown to the jury while they score. */
    description: text('description'),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
    /** The stage this criterion scores (issue 15); a key is unique across all stages of a challenge. */
    stage: integer('stage').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.challenge_id, t.key] }),
    index('challenge_criteria_stage_idx').on(t.challenge_id, t.stage, t.position),
    check('challenge_criteria_weight_ck', sql`${t.weight} BETWEEN 1 AND 100`),
  ],
);

export const challengeTags = sqliteTable(
  'challenge_tags',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.challenge_id, t.tag] }), index('challenge_tags_tag_idx').on(t.tag, t.challenge_id)],
);

export const questions = sqliteTable(
  'questions',
  {
    id: id(),
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    author_id: text('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    answer: text('answer'),
    answered_by: text('answered_by').references(() => users.id),
    answered_at: timestamp('answered_at'),
    hidden_at: timestamp('hidden_at'),
    created_at: createdAt(),
  },
  (t) => [
    index('questions_challenge_idx').on(t.challenge_id, t.created_at),
    index('questions_author_idx').on(t.author_id),
  ],
);

/** "We have this need too": one per user and challenge. */
export const endorsements = sqliteTable(
  'endorsements',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    created_at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.challenge_id, t.user_id] }), index('endorsements_user_idx').on(t.user_id)],
);
