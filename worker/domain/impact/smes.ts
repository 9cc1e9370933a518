import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { impactSmeTallies } from '../../db/schema';
import type { ImpactRange } from './range';
import { ORGANIZATION_DIMENSION, recountedOrganizationTallies } from './tallies';

/**
 * Who counts as an SME (product decision 6): its self-declared size (EU 2003/361) micro, small or
 * medium; without a size, its kind `sme` or `startup`. Migration 0038's triggers hold the same rule.
 */
export const SME = sql`(o.size IN ('micro', 'small', 'medium') OR (o.size IS NULL AND o.kind IN ('sme', 'startup')))`;

/** The network's scope in `impact_presence` and `impact_sme_tallies`: every cluster at once. */
export const NETWORK_SCOPE = '';

/**
 * Distinct SME organizations among the submitters, by quarter and (quarter `''`) over the range's
 * whole quarters, from the kept tallies of a cluster (its id) or the network (`NETWORK_SCOPE`): a
 * quarter's count is the sum of its rows; the range's counts each organization once, in the first
 * of the range's quarters where it submitted, the one whose previous quarter (`since`) falls
 * before the range. A few rows per pair of quarters, whatever the number of organizations.
 */
export function keptSmeRows(db: Database, scopeId: string, range: ImpactRange) {
  const first = range.quarters[0] ?? '';
  const inRange = sql`${impactSmeTallies.scope_id} = ${scopeId} AND ${impactSmeTallies.quarter} >= ${first}
    AND ${impactSmeTallies.quarter} <= ${range.quarters.at(-1) ?? ''}`;
  return db.select({ quarter: sql<string>`sme_quarter`, value: sql<number>`sme_count` }).from(
    sql`(SELECT ${impactSmeTallies.quarter} AS sme_quarter, sum(${impactSmeTallies.value}) AS sme_count
        FROM ${impactSmeTallies} WHERE ${inRange} GROUP BY 1
      UNION ALL SELECT '', coalesce(sum(${impactSmeTallies.value}), 0) FROM ${impactSmeTallies}
        WHERE ${inRange} AND ${impactSmeTallies.since} < ${first}) AS smes`,
  );
}

/**
 * `impact_sme_tallies` counted afresh from the base tables (scope_id, quarter, since, value): each
 * organization's quarters with a counted solution, per cluster and over the network, each with the
 * previous one in its scope, of the organizations that are SMEs now. What the property tests
 * compare the kept tallies with.
 */
export const recountedSmeTallies = () => sql`SELECT scope_id, quarter, since, count(*) AS value FROM (
    SELECT p.scope_id, p.quarter, coalesce(lag(p.quarter) OVER (PARTITION BY p.member_id, p.scope_id ORDER BY p.quarter), '') AS since,
      p.member_id FROM (
        SELECT DISTINCT t.cluster_id AS scope_id, substr(t.dimension, ${ORGANIZATION_DIMENSION.length + 1}) AS member_id, t.quarter
          FROM (${recountedOrganizationTallies(sql`1`)}) t
        UNION SELECT ${NETWORK_SCOPE}, substr(t.dimension, ${ORGANIZATION_DIMENSION.length + 1}), t.quarter
          FROM (${recountedOrganizationTallies(sql`1`)}) t) p) chained
  JOIN organizations o ON o.id = chained.member_id WHERE ${SME} GROUP BY 1, 2, 3`;
