import { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Database } from '../../db/client';
import {
  challenges,
  clusters,
  cooperationMilestones,
  cooperations,
  organizations,
  solutionMembers,
  solutions,
} from '../../db/schema';
import { decodeCursor, toPage } from '../paging';
import type {
  Cooperation,
  CooperationListItem,
  CooperationListQuery,
  Milestone,
  MilestoneRecorder,
} from './cooperation.schema';

const clinicOrg = alias(organizations, 'clinic_org');
const solverOrg = alias(organizations, 'solver_org');

// Aliased where two tables share a column name: D1 keys batch rows by name.
const columns = {
  id: cooperations.id,
  status: cooperations.status,
  public: cooperations.public,
  public_clinic: cooperations.public_clinic,
  public_solver: cooperations.public_solver,
  version: cooperations.version,
  started_at: cooperations.started_at,
  cluster_id: cooperations.cluster_id,
  cluster_slug: sql<string>`${clusters.slug}`.as('cluster_slug'),
  cluster_name: sql<string>`${clusters.name}`.as('cluster_name'),
  challenge_id: cooperations.challenge_id,
  challenge_title: sql<string>`${challenges.title}`.as('challenge_title'),
  owner_id: challenges.owner_id,
  solution_id: cooperations.solution_id,
  solution_title: sql<string>`${solutions.title}`.as('solution_title'),
  clinic_organization: sql<string | null>`${clinicOrg.name}`.as('clinic_organization'),
  solver_organization: sql<string | null>`${solverOrg.name}`.as('solver_organization'),
};

/** The asking user is on the solution's team (its submitter is a member too). */
const onSolutionTeam = (userId: string | null) =>
  userId
    ? sql<number>`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${cooperations.solution_id}
        AND ${solutionMembers.user_id} = ${userId})`
    : sql<number>`0`;

const base = (db: Database, viewerId: string | null) =>
  db
    .select({ ...columns, on_team: onSolutionTeam(viewerId).as('on_team') })
    .from(cooperations)
    .innerJoin(challenges, eq(challenges.id, cooperations.challenge_id))
    .innerJoin(solutions, eq(solutions.id, cooperations.solution_id))
    .innerJoin(clusters, eq(clusters.id, cooperations.cluster_id))
    .leftJoin(clinicOrg, eq(clinicOrg.id, cooperations.clinic_organization_id))
    .leftJoin(solverOrg, eq(solverOrg.id, cooperations.solver_organization_id));

export type CooperationRow = Awaited<ReturnType<typeof cooperationQuery>>[number];

/** One cooperation with what its page shows and whether the viewer is on its solution's team. */
export const cooperationQuery = (db: Database, id: string, viewerId: string | null) =>
  base(db, viewerId).where(eq(cooperations.id, id)).limit(1);

/** What a milestone says, as its page, the API and the personal data export show it. */
export const milestoneFields = {
  id: cooperationMilestones.id,
  kind: cooperationMilestones.kind,
  status: cooperationMilestones.status,
  planned_on: cooperationMilestones.planned_on,
  achieved_on: cooperationMilestones.achieved_on,
  public: cooperationMilestones.public,
  kpi_value: cooperationMilestones.kpi_value,
  kpi_unit: cooperationMilestones.kpi_unit,
  kpi_method: cooperationMilestones.kpi_method,
  kpi_met: cooperationMilestones.kpi_met,
  regulation: cooperationMilestones.regulation,
  device_class: cooperationMilestones.device_class,
  notified_body: cooperationMilestones.notified_body,
  funding_programme: cooperationMilestones.funding_programme,
  funding_amount_minor: cooperationMilestones.funding_amount_minor,
  funding_currency: cooperationMilestones.funding_currency,
  note: cooperationMilestones.note,
  updated_at: cooperationMilestones.updated_at,
};

/**
 * The side that recorded a milestone, which decides whether it is public: the challenge's owner
 * (the clinic), a member of the solution's team, or else a moderator (also when the recorder has
 * since deleted their account). Aliased inner tables: nothing here may bind to an outer query.
 */
const recordedBy = sql<MilestoneRecorder>`CASE
    WHEN EXISTS (SELECT 1 FROM ${cooperations} rk JOIN ${challenges} rc ON rc.id = rk.challenge_id
      WHERE rk.id = ${cooperationMilestones.cooperation_id} AND rc.owner_id = ${cooperationMilestones.created_by}) THEN 'clinic'
    WHEN EXISTS (SELECT 1 FROM ${cooperations} rk JOIN ${solutionMembers} rm ON rm.solution_id = rk.solution_id
      WHERE rk.id = ${cooperationMilestones.cooperation_id} AND rm.user_id = ${cooperationMilestones.created_by}) THEN 'solver'
    ELSE 'moderator' END`;

const milestoneColumns = {
  ...milestoneFields,
  version: cooperationMilestones.version,
  recorded_by: recordedBy.as('recorded_by'),
};

/** Milestones in the order people plan them: by date (planned or achieved), then as recorded. */
const milestoneOrder = [
  asc(sql`coalesce(${cooperationMilestones.achieved_on}, ${cooperationMilestones.planned_on}, '9999')`),
  asc(cooperationMilestones.id),
];

/** A cooperation's milestones (through the (cooperation_id, kind) index). */
export const milestonesQuery = (db: Database, cooperationId: string) =>
  db
    .select({ ...milestoneColumns, cooperation_id: cooperationMilestones.cooperation_id })
    .from(cooperationMilestones)
    .where(eq(cooperationMilestones.cooperation_id, cooperationId))
    .orderBy(...milestoneOrder);

export type MilestoneRow = Awaited<ReturnType<typeof milestonesQuery>>[number];

export const toMilestone = ({ cooperation_id: _c, ...row }: MilestoneRow): Milestone => row;

export const toListItem = (row: CooperationRow): CooperationListItem => ({
  id: row.id,
  status: row.status,
  public: Boolean(row.public),
  public_clinic: row.public_clinic,
  public_solver: row.public_solver,
  version: row.version,
  started_at: row.started_at,
  cluster: { id: row.cluster_id, slug: row.cluster_slug, name: row.cluster_name },
  challenge: { id: row.challenge_id, title: row.challenge_title },
  solution: { id: row.solution_id, title: row.solution_title },
  clinic_organization: row.clinic_organization,
  solver_organization: row.solver_organization,
});

/** The cooperation as its readers get it, with the milestones they may see. */
export const toCooperation = (
  row: CooperationRow,
  side: Cooperation['your_side'],
  milestones: MilestoneRow[],
): Cooperation => ({ ...toListItem(row), your_side: side, milestones: milestones.map(toMilestone) });

const CURSOR = z.tuple([z.string(), z.string()]);

/**
 * A page of the cooperations `scope` lets the reader see, newest first (keyset on started_at,
 * id; the cluster filter is served by (cluster_id, started_at)).
 */
export async function listCooperations(
  db: Database,
  viewerId: string | null,
  scope: SQL | undefined,
  query: CooperationListQuery,
) {
  const after = query.cursor ? decodeCursor(query.cursor, CURSOR) : undefined;
  const rows = await base(db, viewerId)
    .where(
      and(
        scope,
        // An unknown slug matches no cluster, so the page is empty (as for a cluster without any).
        query.cluster
          ? eq(
              cooperations.cluster_id,
              sql`(SELECT ${clusters.id} FROM ${clusters} WHERE ${clusters.slug} = ${query.cluster})`,
            )
          : undefined,
        query.status ? eq(cooperations.status, query.status) : undefined,
        after
          ? or(
              lt(cooperations.started_at, after[0]),
              and(eq(cooperations.started_at, after[0]), lt(cooperations.id, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(desc(cooperations.started_at), desc(cooperations.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (r) => [r.started_at, r.id], toListItem);
}

/**
 * What came out of a cluster's challenges, for its public page: the public cooperations, newest
 * first, and their public milestones, in one round trip.
 */
export async function publicStories(db: Database, clusterId: string, limit = 50) {
  const shown = and(eq(cooperations.cluster_id, clusterId), eq(cooperations.public, true));
  const [rows, milestones] = await db.batch([
    base(db, null).where(shown).orderBy(desc(cooperations.started_at), desc(cooperations.id)).limit(limit),
    db
      .select({ ...milestoneColumns, cooperation_id: cooperationMilestones.cooperation_id })
      .from(cooperationMilestones)
      .where(
        and(
          eq(cooperationMilestones.public, true),
          inArray(
            cooperationMilestones.cooperation_id,
            db.select({ id: cooperations.id }).from(cooperations).where(shown),
          ),
        ),
      )
      .orderBy(...milestoneOrder),
  ]);
  return rows.map((row) => ({
    ...toListItem(row),
    milestones: milestones.filter((m) => m.cooperation_id === row.id).map(toMilestone),
  }));
}
