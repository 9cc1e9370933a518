import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { challengeCriteria, challenges, challengeTags, clusters } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { assertCallTakesChallenges } from '../calls/write';
import { DomainError } from '../errors';
import { type ChallengeDraft, DEFAULT_CRITERIA } from './challenge.schema';

/** Criteria and tag rows of a challenge; no criteria given means the defaults, with their descriptions. */
export function childRows(id: string, draft: Pick<ChallengeDraft, 'criteria' | 'tags'>) {
  return {
    criteria: (draft.criteria ?? DEFAULT_CRITERIA).map((c, position) => ({
      challenge_id: id,
      ...c,
      description: c.description ?? null,
      position,
    })),
    tags: (draft.tags ?? []).map((tag) => ({ challenge_id: id, tag })),
  };
}

/** The cluster's id, or a validation error naming the field: the client chose a cluster that does not exist. */
export async function clusterIdOf(db: Database, slug: string): Promise<string> {
  const cluster = await db.select({ id: clusters.id }).from(clusters).where(eq(clusters.slug, slug)).get();
  if (!cluster) {
    throw new DomainError(
      'validation_failed',
      `There is no cluster '${slug}'. Choose one of the clusters Bedside lists.`,
      {
        errors: [{ path: 'cluster', message: `Unknown cluster '${slug}'.` }],
      },
    );
  }
  return cluster.id;
}

/** A new draft owned by the clinician, in the chosen cluster; challenge, criteria, tags and audit land together. */
export async function createChallenge(
  db: Database,
  actor: SignedIn,
  clusterSlug: string,
  draft: ChallengeDraft,
): Promise<string> {
  const clusterId = await clusterIdOf(db, clusterSlug);
  if (draft.call_id) await assertCallTakesChallenges(db, draft.call_id, clusterId);
  const id = uuidv7();
  const { tags, criteria, ...fields } = draft;
  const children = childRows(id, { tags, criteria });
  await runBatch(db, [
    db.insert(challenges).values({
      ...fields,
      id,
      cluster_id: clusterId,
      owner_id: actor.id,
      organization_id: actor.organizationId,
      status: 'draft',
    }),
    db.insert(challengeCriteria).values(children.criteria),
    ...(children.tags.length ? [db.insert(challengeTags).values(children.tags)] : []),
    audit(db, {
      actorId: actor.id,
      action: 'challenge.create',
      entityType: 'challenge',
      entityId: id,
      clusterId,
      after: { status: 'draft', title: fields.title },
    }),
  ]);
  return id;
}
