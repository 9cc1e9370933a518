import { sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../db/client';
import * as t from '../db/schema';

/** The demo hospital whose staff are confirmed by their address (issue 16) and its email domain. */
export const DEMO_VERIFIED = { organization: 'Universitätsklinikum Nordhafen', domain: 'nordhafen.demo.test' };
/** A demo person moving to another organization: their claim waits on its members page. */
export const DEMO_CLAIM = { email: 'francesca.galli@demo.test', organization: "Ospedale Policlinico Val d'Emilia" };

/**
 * Verified affiliation in the demo world, for the seed's one batch after people, organizations and
 * the directory exist: every organization verified, with a home cluster in its country (the three
 * whose clusters are in Bedside), every demo person the confirmed member of their organization (the
 * first of each its admin), one hospital with a verified email domain, and one claim waiting.
 */
export function demoAffiliation(db: Database, at: (days: number) => string): BatchItem<'sqlite'>[] {
  return [
    db.update(t.organizations).set({
      verified_at: sql`${t.organizations.created_at}`,
      cluster_id: sql`(SELECT c.id FROM clusters c WHERE c.slug = CASE ${t.organizations.country}
        WHEN 'DE' THEN 'life-science-nord' WHEN 'IT' THEN 'clust-er-health' WHEN 'RO' THEN 'imago-mol' END)`,
    }),
    db.insert(t.organizationMemberships).select(
      sql`SELECT organization_id, id, CASE WHEN n = 1 THEN 'admin' ELSE 'member' END, 'confirmed',
          CASE WHEN n = 1 THEN 'created' ELSE 'admin' END, NULL, created_at, created_at
        FROM (SELECT organization_id, id, created_at,
            row_number() OVER (PARTITION BY organization_id ORDER BY created_at, id) AS n
          FROM users WHERE organization_id IS NOT NULL) AS members`,
    ),
    db.insert(t.organizationDomains).select(
      sql`SELECT o.id, ${DEMO_VERIFIED.domain}, u.id, ${at(-250)} FROM organizations o
        JOIN users u ON u.is_admin = 1 WHERE o.name = ${DEMO_VERIFIED.organization} LIMIT 1`,
    ),
    db.insert(t.organizationMemberships).select(
      sql`SELECT o.id, u.id, 'member', 'claimed', NULL, NULL, ${at(-2)}, NULL FROM organizations o
        JOIN users u ON u.email = ${DEMO_CLAIM.email} WHERE o.name = ${DEMO_CLAIM.organization}`,
    ),
  ];
}
