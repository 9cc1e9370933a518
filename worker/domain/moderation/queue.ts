import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, clusters, reports, users } from '../../db/schema';

const QUEUE_LIMIT = 100;

/** Challenges waiting for review (oldest first) and open reports in the moderator's `scope`, in one round trip. */
export async function moderationQueue(
  db: Database,
  scope: (column: typeof challenges.cluster_id | typeof reports.cluster_id) => SQL | undefined,
) {
  const [inReview, openReports] = await db.batch([
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        cluster: clusters.slug,
        owner: users.name,
        submitted_at: challenges.submitted_at,
        deadline: challenges.deadline,
        version: challenges.version,
      })
      .from(challenges)
      .innerJoin(clusters, eq(clusters.id, challenges.cluster_id))
      .innerJoin(users, eq(users.id, challenges.owner_id))
      .where(and(eq(challenges.status, 'in_review'), scope(challenges.cluster_id)))
      .orderBy(asc(challenges.submitted_at))
      .limit(QUEUE_LIMIT),
    db
      .select({
        id: reports.id,
        entity_type: reports.entity_type,
        entity_id: reports.entity_id,
        reason: reports.reason,
        cluster: clusters.slug,
        reporter: users.name,
        created_at: reports.created_at,
        challenge_title: sql<string | null>`CASE ${reports.entity_type}
          WHEN 'challenge' THEN (SELECT title FROM challenges WHERE id = ${reports.entity_id})
          WHEN 'question' THEN (SELECT c.title FROM questions q JOIN challenges c ON c.id = q.challenge_id WHERE q.id = ${reports.entity_id})
          WHEN 'solution' THEN (SELECT c.title FROM solutions s JOIN challenges c ON c.id = s.challenge_id WHERE s.id = ${reports.entity_id})
        END`,
      })
      .from(reports)
      .innerJoin(clusters, eq(clusters.id, reports.cluster_id))
      .innerJoin(users, eq(users.id, reports.reporter_id))
      .where(and(eq(reports.status, 'open'), scope(reports.cluster_id)))
      .orderBy(asc(reports.created_at))
      .limit(QUEUE_LIMIT),
  ]);
  return { challenges_in_review: inReview, open_reports: openReports };
}
