import { asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { clusters } from '../../db/schema';
import type { Cluster } from './cluster.schema';

/**
 * Clusters with their public challenge counts, in one query: the counts are tallies the triggers
 * of migration 0031 keep, so a cluster costs the same to read at 100 000 challenges as at 10.
 */
const selectClusters = (db: Database, where: SQL | undefined, limit: number) =>
  db
    .select({
      id: clusters.id,
      slug: clusters.slug,
      name: clusters.name,
      region: clusters.region,
      country: clusters.country,
      description: clusters.description,
      website: clusters.website,
      challenge_count: clusters.challenge_count,
      open_challenge_count: clusters.open_challenge_count,
    })
    .from(clusters)
    .where(where)
    .orderBy(asc(clusters.slug))
    .limit(limit);

/** A page of clusters ordered by slug, after `afterSlug`. */
export const listClusters = (db: Database, limit: number, afterSlug?: string): Promise<Cluster[]> =>
  selectClusters(db, afterSlug ? gt(clusters.slug, afterSlug) : undefined, limit);

/**
 * Slugs and names of the first `limit` clusters by slug, for a filter's choices: no counts, so the
 * catalogue page costs the same at 100 000 challenges as at 100 (issue 17).
 */
export async function listClusterNames(db: Database, limit: number): Promise<Pick<Cluster, 'slug' | 'name'>[]> {
  return db
    .select({ slug: clusters.slug, name: clusters.name })
    .from(clusters)
    .orderBy(asc(clusters.slug))
    .limit(limit);
}

export async function getCluster(db: Database, slug: string): Promise<Cluster | undefined> {
  const [cluster] = await selectClusters(db, eq(clusters.slug, slug), 1);
  return cluster;
}

export async function getClusterById(db: Database, id: string): Promise<Cluster | undefined> {
  const [cluster] = await selectClusters(db, eq(clusters.id, id), 1);
  return cluster;
}
