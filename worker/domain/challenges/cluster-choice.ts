import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { clusterMemberships, clusters, organizations } from '../../db/schema';
import type { SignedIn } from '../actor';

export interface ClusterOption {
  slug: string;
  name: string;
  region: string;
}

/** The clusters a new challenge can go to, and which of them fit the person posting it. */
export interface ClusterChoice {
  /** Suggested first, each group by name. */
  suggested: ClusterOption[];
  others: ClusterOption[];
  /** Why the suggestions: clusters they are a member of, else those in their organization's country. */
  because: 'member' | 'country' | null;
}

/** A column of the outer row, qualified: drizzle leaves columns of a single-table select bare, and a
 * bare name inside a subquery would mean the subquery's own column of that name. */
const outer = (column: 'id' | 'country') => sql`${clusters}.${sql.identifier(column)}`;

/**
 * Every cluster, with the ones that fit this person marked, in one query. Nothing is chosen for
 * them: a clinician in Kiel must not post into Rhein-Neckar because it sorts first.
 */
export async function clusterChoice(db: Database, actor: SignedIn): Promise<ClusterChoice> {
  const rows = await db
    .select({
      slug: clusters.slug,
      name: clusters.name,
      region: clusters.region,
      member: sql<number>`EXISTS (SELECT 1 FROM ${clusterMemberships} m WHERE m.cluster_id = ${outer('id')}
        AND m.user_id = ${actor.id})`,
      home: sql<number>`EXISTS (SELECT 1 FROM ${organizations} o WHERE o.id = ${actor.organizationId ?? ''}
        AND o.country <> '' AND upper(o.country) = upper(${outer('country')}))`,
    })
    .from(clusters)
    .orderBy(asc(clusters.name))
    .limit(200);
  const option = ({ slug, name, region }: (typeof rows)[number]): ClusterOption => ({ slug, name, region });
  const members = rows.filter((r) => r.member);
  const home = rows.filter((r) => r.home);
  const [fitting, because] = members.length > 0 ? [members, 'member' as const] : [home, 'country' as const];
  return {
    suggested: fitting.map(option),
    others: rows.filter((r) => !fitting.includes(r)).map(option),
    because: fitting.length > 0 ? because : null,
  };
}
