import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, clusters } from '../../db/schema';

export interface ChallengeTeaser {
  id: string;
  title: string;
  summary: string;
  deadline: string;
  language: string;
  cluster_name: string;
}

/** Public open challenges closing soonest, for the home page; one query. */
export async function openChallengeTeasers(db: Database, limit: number): Promise<ChallengeTeaser[]> {
  return db
    .select({
      id: challenges.id,
      title: challenges.title,
      summary: challenges.summary,
      deadline: challenges.deadline,
      language: challenges.language,
      cluster_name: clusters.name,
    })
    .from(challenges)
    .innerJoin(clusters, eq(clusters.id, challenges.cluster_id))
    .where(and(eq(challenges.listed, true), eq(challenges.status, 'open'), eq(challenges.visibility, 'public')))
    .orderBy(asc(challenges.deadline), asc(challenges.id))
    .limit(limit);
}
