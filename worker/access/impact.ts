import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { clusters } from '../db/schema';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { impactFigures } from '../domain/impact/figures';
import type { ImpactFigures } from '../domain/impact/figures.view';
import { type ImpactQuery, resolveRange } from '../domain/impact/range';
import { authorize, can } from '../policy/policy';

/**
 * A cluster's impact figures for the range: all of them for its moderators and admins, the public
 * ones for everyone else (the policy decides which). 404 for a cluster that does not exist.
 */
export async function loadClusterImpact(
  db: Database,
  actor: Actor,
  slug: string,
  query: ImpactQuery,
): Promise<ImpactFigures> {
  const range = resolveRange(query);
  const cluster = await db
    .select({ id: clusters.id, slug: clusters.slug, name: clusters.name })
    .from(clusters)
    .where(eq(clusters.slug, slug))
    .get();
  if (!cluster) {
    throw new DomainError('not_found', `There is no cluster '${slug}'. GET /api/v1/clusters lists them all.`);
  }
  const audience = can(actor, 'impact.cluster.full', cluster) ? 'full' : 'public';
  return impactFigures(db, { kind: 'cluster', ...cluster }, range, audience);
}

/** The whole network's figures (every cluster): admins only. */
export async function loadNetworkImpact(db: Database, actor: Actor, query: ImpactQuery): Promise<ImpactFigures> {
  authorize(actor, 'impact.network.read');
  return impactFigures(db, { kind: 'network' }, resolveRange(query), 'full');
}
