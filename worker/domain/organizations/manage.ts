import { and, eq, type SQL, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import type { ORGANIZATION_FACETS } from '../../db/enums';
import { clusters, organizationFacets, organizations } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidField } from '../errors';
import type { ManagedOrganization, OrganizationPatch, OrganizationRef } from './affiliation.view';
import { summaryColumns, toSummary } from './search';

type Facet = (typeof ORGANIZATION_FACETS)[number];

/**
 * Whether the organization is listed after a change: not when `listed` is false; otherwise when
 * it is verified and its profile complete (a description and at least one capability), keeping
 * the day it was first listed.
 */
export const relist = (
  db: Database,
  organizationId: string,
  listed: boolean | undefined,
  now: string,
  guard: SQL = sql`1`,
) =>
  db
    .update(organizations)
    .set({
      listed_at:
        listed === false
          ? null
          : sql`CASE WHEN ${organizations.verified_at} IS NOT NULL
              AND trim(coalesce(${organizations.description}, '')) <> ''
              AND EXISTS (SELECT 1 FROM ${organizationFacets} WHERE ${organizationFacets.organization_id} = ${organizations.id}
                AND ${organizationFacets.facet} = 'capability')
            THEN coalesce(${organizations.listed_at}, ${now}) END`,
    })
    .where(and(eq(organizations.id, organizationId), guard));

const replaceFacet = (
  db: Database,
  organizationId: string,
  facet: Facet,
  values: readonly string[] | undefined,
  guard: SQL,
) =>
  values === undefined
    ? []
    : [
        db
          .delete(organizationFacets)
          .where(
            and(eq(organizationFacets.organization_id, organizationId), eq(organizationFacets.facet, facet), guard),
          ),
        ...(values.length
          ? [
              db
                .insert(organizationFacets)
                .select(
                  sql`SELECT ${organizationId}, ${facet}, j.value FROM json_each(${JSON.stringify([...new Set(values)])}) j WHERE ${guard}`,
                ),
            ]
          : []),
      ];

/** 412: the profile was saved by someone else since `expected` was read; it is at `current` now. */
const staleProfile = (expected: number, current: number | undefined) =>
  new DomainError(
    'stale_version',
    `You edited version ${expected} of this profile, but someone has saved it since${current === undefined ? '' : ` (it is at version ${current} now)`}. Reload it, make your change again and save.`,
    { details: current === undefined ? {} : { current_version: current } },
  );

/**
 * Saves what the patch gives (facets given replace theirs), lists or unlists the profile, and
 * audits which fields changed (not what they say), in one batch, and bumps the version. With
 * `version` (the one the edit was made on), every statement holds only while the profile is still
 * at it: someone who saved meanwhile makes it a 412 with nothing written. Who may send `verified`
 * and `cluster_id` is the policy's question, asked before this.
 */
export async function updateOrganization(
  db: Database,
  actor: SignedIn,
  organization: OrganizationRef,
  patch: OrganizationPatch,
): Promise<ManagedOrganization> {
  const { facets, listed, verified, version, ...columns } = patch;
  if (patch.cluster_id) {
    const cluster = await db.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, patch.cluster_id)).get();
    if (!cluster)
      throw invalidField('cluster_id', 'There is no such cluster: give the id of an existing cluster, or null.');
  }
  const now = new Date().toISOString();
  const atVersion = version === undefined ? undefined : eq(organizations.version, version);
  const guard =
    version === undefined
      ? sql`1`
      : sql`EXISTS (SELECT 1 FROM ${organizations} AS v WHERE v.id = ${organization.id} AND v.version = ${version})`;
  const set = {
    ...columns,
    ...(verified ? { verified_at: sql`coalesce(${organizations.verified_at}, ${now})` } : {}),
  };
  const statements = [
    ...(Object.keys(set).length
      ? [
          db
            .update(organizations)
            .set(set)
            .where(and(eq(organizations.id, organization.id), atVersion)),
        ]
      : []),
    ...(Object.entries(facets ?? {}) as [Facet, string[] | undefined][]).flatMap(([facet, values]) =>
      replaceFacet(db, organization.id, facet, values, guard),
    ),
    relist(db, organization.id, listed, now, guard),
    auditIf(
      db,
      {
        actorId: actor.id,
        action: 'organization.update',
        entityType: 'organization',
        entityId: organization.id,
        clusterId: patch.cluster_id === undefined ? organization.cluster_id : patch.cluster_id,
        after: {
          fields: Object.keys(patch)
            .filter((key) => key !== 'version')
            .sort(),
          ...(facets ? { facets: Object.keys(facets).sort() } : {}),
          ...(listed === undefined ? {} : { listed }),
        },
      },
      guard,
    ),
  ];
  // Last, so every statement above still saw the version the edit was made on.
  const bumped = await batchEndingWith(
    db,
    statements,
    db
      .update(organizations)
      .set({ version: sql`${organizations.version} + 1` })
      .where(and(eq(organizations.id, organization.id), atVersion))
      .returning({ version: organizations.version }),
  );
  if (version !== undefined && bumped.length === 0) {
    // Only now, on the rare refusal: the page keeps what was typed and takes the current version.
    const now = await db
      .select({ version: organizations.version })
      .from(organizations)
      .where(eq(organizations.id, organization.id))
      .get();
    throw staleProfile(version, now?.version);
  }
  const managed = await readManaged(db, organization.id);
  if (!managed) throw new Error('The organization was not found right after it was saved.');
  return managed;
}

/** What those who manage it read: the profile, listed or not, with its verification and home cluster. */
export async function readManaged(db: Database, id: string): Promise<ManagedOrganization | undefined> {
  const row = await db
    .select({
      ...summaryColumns,
      verified_at: organizations.verified_at,
      cluster_id: organizations.cluster_id,
      version: organizations.version,
    })
    .from(organizations)
    .where(eq(organizations.id, id))
    .get();
  if (!row) return undefined;
  return {
    ...toSummary(row),
    listed_at: row.listed_at,
    verified_at: row.verified_at,
    cluster_id: row.cluster_id,
    version: row.version,
  };
}
