import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, clusters, reports, users } from '../../db/schema';

const QUEUE_LIMIT = 100;

/** How much of a reported question the queue quotes, so the moderator knows which one it is. */
const EXCERPT = 240;

export interface QueueFilter {
  /** A cluster's slug: only its challenges and reports (still within the moderator's scope). */
  cluster?: string;
}

/**
 * The moderator's clusters (for the filter), challenges waiting for review (oldest first) and open
 * reports (oldest first) in `scope`, in one round trip; `reportScope` narrows the reports further
 * (per report: those its reader may not resolve, see access/moderation).
 *
 * Every statement starts from the (few) clusters in scope and reaches challenges and reports
 * through their cluster indexes, so an admin's queue (no scope) reads no table whole.
 */
export async function moderationQueue(
  db: Database,
  scope: SQL | undefined,
  filter: QueueFilter = {},
  reportScope?: SQL,
) {
  const where = and(scope, filter.cluster ? eq(clusters.slug, filter.cluster) : undefined);
  const [moderated, inReview, openReports] = await db.batch([
    db
      .select({ slug: clusters.slug, name: clusters.name })
      .from(clusters)
      .where(scope)
      .orderBy(asc(clusters.name), asc(clusters.slug)),
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        cluster: clusters.slug,
        cluster_name: sql<string>`${clusters.name}`.as('cluster_name'),
        owner: users.name,
        submitted_at: challenges.submitted_at,
        deadline: challenges.deadline,
        version: challenges.version,
      })
      .from(clusters)
      .innerJoin(challenges, and(eq(challenges.cluster_id, clusters.id), eq(challenges.status, 'in_review')))
      .innerJoin(users, eq(users.id, challenges.owner_id))
      .where(where)
      .orderBy(asc(challenges.submitted_at), asc(challenges.id))
      .limit(QUEUE_LIMIT),
    db
      .select({
        id: reports.id,
        entity_type: reports.entity_type,
        entity_id: reports.entity_id,
        reason: reports.reason,
        cluster: clusters.slug,
        cluster_name: sql<string>`${clusters.name}`.as('cluster_name'),
        reporter: users.name,
        created_at: reports.created_at,
        // The challenge the reported thing belongs to (for its link and title), and the thing
        // itself in a few words: each a lookup by primary key.
        challenge_id: sql<string | null>`CASE ${reports.entity_type}
          WHEN 'challenge' THEN ${reports.entity_id}
          WHEN 'question' THEN (SELECT q.challenge_id FROM questions q WHERE q.id = ${reports.entity_id})
          WHEN 'solution' THEN (SELECT s.challenge_id FROM solutions s WHERE s.id = ${reports.entity_id})
        END`.as('challenge_id'),
        challenge_title: sql<string | null>`CASE ${reports.entity_type}
          WHEN 'challenge' THEN (SELECT title FROM challenges WHERE id = ${reports.entity_id})
          WHEN 'question' THEN (SELECT c.title FROM questions q JOIN challenges c ON c.id = q.challenge_id WHERE q.id = ${reports.entity_id})
          WHEN 'solution' THEN (SELECT c.title FROM solutions s JOIN challenges c ON c.id = s.challenge_id WHERE s.id = ${reports.entity_id})
        END`.as('challenge_title'),
        subject: sql<string | null>`CASE ${reports.entity_type}
          WHEN 'challenge' THEN (SELECT title FROM challenges WHERE id = ${reports.entity_id})
          WHEN 'question' THEN (SELECT CASE WHEN length(q.body) > ${EXCERPT} THEN substr(q.body, 1, ${EXCERPT}) || '…'
            ELSE q.body END FROM questions q WHERE q.id = ${reports.entity_id})
          WHEN 'solution' THEN (SELECT s.title FROM solutions s WHERE s.id = ${reports.entity_id})
        END`.as('subject'),
      })
      .from(clusters)
      .innerJoin(reports, and(eq(reports.cluster_id, clusters.id), eq(reports.status, 'open')))
      .innerJoin(users, eq(users.id, reports.reporter_id))
      .where(and(where, reportScope))
      .orderBy(asc(reports.created_at), asc(reports.id))
      .limit(QUEUE_LIMIT),
  ]);
  return { clusters: moderated, challenges_in_review: inReview, open_reports: openReports };
}
