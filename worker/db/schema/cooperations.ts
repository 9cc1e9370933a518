import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { COOPERATION_STATUSES, DEVICE_CLASSES, MILESTONE_KINDS, MILESTONE_STATUSES, REGULATIONS } from '../enums';
import { organizations, users } from './accounts';
import { challenges } from './challenges';
import { clusters } from './clusters';
import { createdAt, id, timestamp, updatedAt } from './columns';
import { solutions } from './solutions';

/**
 * What came out of a challenge (issue 15): one cooperation per winning solution, opened by the
 * decision, between the challenge's clinic (its owner) and the solution's team. Confidential to
 * them and the cluster's moderators until both sides agree to publish it.
 */
export const cooperations = sqliteTable(
  'cooperations',
  {
    id: id(),
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    /** The challenge's cluster, kept here for the cluster's lists and figures. */
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id),
    clinic_organization_id: text('clinic_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    solver_organization_id: text('solver_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    status: text('status', { enum: COOPERATION_STATUSES }).notNull().default('active'),
    /** Each side's consent to publish; public only when both said yes. */
    public_clinic: integer('public_clinic', { mode: 'boolean' }).notNull().default(false),
    public_solver: integer('public_solver', { mode: 'boolean' }).notNull().default(false),
    public: integer('public', { mode: 'boolean' }).generatedAlwaysAs(sql`public_clinic AND public_solver`, {
      mode: 'virtual',
    }),
    version: integer('version').notNull().default(1),
    started_at: timestamp('started_at').notNull(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('cooperations_solution_uq').on(t.solution_id),
    index('cooperations_cluster_idx').on(t.cluster_id, t.started_at),
    index('cooperations_public_idx').on(t.public, t.id),
    index('cooperations_challenge_idx').on(t.challenge_id),
    // An organization's profile (issue 16): its public cooperations, on either side.
    index('cooperations_clinic_org_idx').on(t.clinic_organization_id, t.public),
    index('cooperations_solver_org_idx').on(t.solver_organization_id, t.public),
    check('cooperations_version_ck', sql`${t.version} >= 1`),
  ],
);

/**
 * One step of a cooperation, planned and then achieved (or cancelled). Kinds carry their own
 * fields: a KPI result its value, unit and method (and whether it met the target, the clinic's
 * word), a regulatory step its regulation, class and notified body, follow-on funding its
 * programme and amount in minor units of its currency. Public only on a public cooperation.
 */
export const cooperationMilestones = sqliteTable(
  'cooperation_milestones',
  {
    id: id(),
    cooperation_id: text('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
    status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('planned'),
    /** Dates (YYYY-MM-DD). */
    planned_on: text('planned_on'),
    achieved_on: text('achieved_on'),
    public: integer('public', { mode: 'boolean' }).notNull().default(false),
    kpi_value: real('kpi_value'),
    kpi_unit: text('kpi_unit'),
    kpi_method: text('kpi_method'),
    kpi_met: integer('kpi_met', { mode: 'boolean' }),
    regulation: text('regulation', { enum: REGULATIONS }),
    device_class: text('device_class', { enum: DEVICE_CLASSES }),
    notified_body: text('notified_body'),
    funding_programme: text('funding_programme'),
    funding_amount_minor: integer('funding_amount_minor'),
    funding_currency: text('funding_currency'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    created_by: text('created_by').references(() => users.id),
    updated_by: text('updated_by').references(() => users.id),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    index('cooperation_milestones_cooperation_idx').on(t.cooperation_id, t.kind),
    index('cooperation_milestones_kind_idx').on(t.kind, t.status, t.achieved_on),
    // The personal data export ("milestones you recorded").
    index('cooperation_milestones_created_by_idx').on(t.created_by),
    index('cooperation_milestones_updated_by_idx').on(t.updated_by),
    check('cooperation_milestones_version_ck', sql`${t.version} >= 1`),
    check(
      'cooperation_milestones_funding_ck',
      sql`${t.funding_amount_minor} IS NULL OR ${t.funding_amount_minor} >= 0`,
    ),
  ],
);
