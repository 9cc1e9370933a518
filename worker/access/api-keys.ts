import { asc } from 'drizzle-orm';
import type { Database } from '../db/client';
import { clusters } from '../db/schema';
import type { SignedIn } from '../domain/actor';
import { getCluster } from '../domain/clusters/list';
import { invalidField } from '../domain/errors';
import { authorize } from '../policy/policy';
import { inModeratedClusters } from './scopes';

/**
 * The cluster a new API key is restricted to, by its slug (none when none is named): a cluster that
 * exists and that `actor` may restrict a key to (`api_key.restrict`). The API and the page ask here.
 */
export async function keyClusterFor(db: Database, actor: SignedIn, slug: string | undefined): Promise<string | null> {
  if (slug === undefined) return null;
  const cluster = await getCluster(db, slug);
  if (!cluster) throw invalidField('cluster', `There is no cluster "${slug}".`);
  authorize(actor, 'api_key.restrict', cluster);
  return cluster.id;
}

/** The clusters `actor` may restrict a key to (`api_key.restrict` as SQL), for the page's choices. */
export const restrictableClusters = (db: Database, actor: SignedIn) =>
  db
    .select({ slug: clusters.slug, name: clusters.name })
    .from(clusters)
    .where(inModeratedClusters(actor, clusters.id))
    .orderBy(asc(clusters.slug))
    .limit(100);
