import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { challenges, clusters } from '../db/schema';
import { PUBLISHED_STATUSES } from './visibility';

export interface ClusterSummary {
  slug: string;
  name: string;
  region: string;
  country: string;
  description: string;
  website: string | null;
  public_challenge_count: number;
}

/** Every cluster with the number of challenges anyone may read; one query. */
export async function listClusters(db: Database): Promise<ClusterSummary[]> {
  return db
    .select({
      slug: clusters.slug,
      name: clusters.name,
      region: clusters.region,
      country: clusters.country,
      description: clusters.description,
      website: clusters.website,
      public_challenge_count: count(challenges.seq),
    })
    .from(clusters)
    .leftJoin(
      challenges,
      and(
        eq(challenges.cluster_id, clusters.id),
        inArray(challenges.status, PUBLISHED_STATUSES),
        eq(challenges.visibility, 'public'),
        isNull(challenges.hidden_at),
      ),
    )
    .groupBy(clusters.id)
    .orderBy(asc(clusters.name));
}
