import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { clusterMemberships, clusters, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { DomainError } from '../errors';
import type { Cluster, ClusterInput } from './cluster.schema';

export async function createCluster(db: Database, actor: SignedIn, input: ClusterInput): Promise<Cluster> {
  const id = uuidv7();
  try {
    await runBatch(db, [
      db
        .insert(clusters)
        .values({ id, ...input, description: input.description ?? '', website: input.website ?? null }),
      audit(db, {
        actorId: actor.id,
        action: 'cluster.create',
        entityType: 'cluster',
        entityId: id,
        clusterId: id,
        after: input,
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err, 'clusters.slug')) {
      throw new DomainError(
        'duplicate',
        `A cluster with the slug '${input.slug}' already exists. Choose another slug.`,
        {
          errors: [{ path: 'slug', message: 'Already taken.' }],
        },
      );
    }
    throw err;
  }
  return {
    id,
    ...input,
    description: input.description ?? '',
    website: input.website ?? null,
    challenge_count: 0,
    open_challenge_count: 0,
  };
}

/** The cluster and user a moderator change is about, and the user's current role; one round trip. */
async function findPair(db: Database, slug: string, userId: string) {
  const [cluster, user] = await db.batch([
    db.select({ id: clusters.id }).from(clusters).where(eq(clusters.slug, slug)),
    db
      .select({ id: users.id, role: clusterMemberships.role })
      .from(users)
      .leftJoin(
        clusterMemberships,
        and(
          eq(clusterMemberships.user_id, users.id),
          eq(
            clusterMemberships.cluster_id,
            db.select({ id: clusters.id }).from(clusters).where(eq(clusters.slug, slug)),
          ),
        ),
      )
      .where(eq(users.id, userId)),
  ]);
  if (!cluster[0]) throw new DomainError('not_found', `There is no cluster '${slug}'.`);
  if (!user[0]) throw new DomainError('not_found', `There is no user with the id '${userId}'.`);
  return { clusterId: cluster[0].id, role: user[0].role };
}

/** Makes the user a moderator of the cluster (idempotent; upgrades an ordinary membership). */
export async function appointModerator(db: Database, actor: SignedIn, slug: string, userId: string) {
  const { clusterId } = await findPair(db, slug, userId);
  await runBatch(db, [
    db
      .insert(clusterMemberships)
      .values({ cluster_id: clusterId, user_id: userId, role: 'moderator' })
      .onConflictDoUpdate({
        target: [clusterMemberships.cluster_id, clusterMemberships.user_id],
        set: { role: 'moderator' },
      }),
    audit(db, {
      actorId: actor.id,
      action: 'cluster.moderator.appoint',
      entityType: 'user',
      entityId: userId,
      clusterId,
      after: { role: 'moderator' },
    }),
  ]);
  return { cluster: slug, user_id: userId, role: 'moderator' as const };
}

export async function removeModerator(db: Database, actor: SignedIn, slug: string, userId: string): Promise<void> {
  const { clusterId, role } = await findPair(db, slug, userId);
  if (role !== 'moderator') throw new DomainError('not_found', `That user is not a moderator of '${slug}'.`);
  await runBatch(db, [
    db
      .delete(clusterMemberships)
      .where(and(eq(clusterMemberships.cluster_id, clusterId), eq(clusterMemberships.user_id, userId))),
    audit(db, {
      actorId: actor.id,
      action: 'cluster.moderator.remove',
      entityType: 'user',
      entityId: userId,
      clusterId,
      before: { role: 'moderator' },
    }),
  ]);
}
