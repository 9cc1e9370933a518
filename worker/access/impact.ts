import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { clusters } from '../db/schema';
import type { Actor } from '../domain/actor';
import { DomainError } from '../domain/errors';
import { impactFigures } from '../domain/impact/figures';
import type { ImpactFigures } from '../domain/impact/figures.view';
import { type ImpactQuery, resolveRange } from '../domain/impact/range';
import { authorize, can } from '../policy/policy';
import { loadCall } from './calls';

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
  return impactFigures(db, { kind: 'cluster', ...cluster, ...(await callFilter(db, actor, query)) }, range, audience);
}

/** The whole network's figures (every cluster): admins only. */
export async function loadNetworkImpact(db: Database, actor: Actor, query: ImpactQuery): Promise<ImpactFigures> {
  authorize(actor, 'impact.network.read');
  const range = resolveRange(query);
  return impactFigures(db, { kind: 'network', ...(await callFilter(db, actor, query)) }, range, 'full');
}

/** `?call=`: the call, if the actor may see it (the same 404 as for one that does not exist). */
async function callFilter(db: Database, actor: Actor, query: ImpactQuery) {
  if (!query.call) return {};
  const call = await loadCall(db, actor, query.call);
  return { call: { id: call.id, title: call.title } };
}
