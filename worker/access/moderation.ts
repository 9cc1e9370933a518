import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, challenges, clusters, solutions } from '../db/schema';
import { type Actor, moderates, type SignedIn } from '../domain/actor';
import { notVisible } from '../domain/errors';
import { type AuditFilter, type AuditScope, readAuditLog, readAuditTrail } from '../domain/moderation/audit-log';
import { moderationQueue, type QueueFilter } from '../domain/moderation/queue';
import { type EntityType, findReportedEntity } from '../domain/moderation/reported-entity';
import { findReport, type StoredReport } from '../domain/moderation/reports';
import { findSolution } from '../domain/solutions/read';
import { authorize, can, requireUser } from '../policy/policy';
import { inModeratedClusters } from './scopes';
import { solutionFacts } from './solutions';

/** Where a reported thing sits: its cluster (whose moderators resolve the report) and its challenge. */
export interface Reportable {
  clusterId: string;
  challengeId: string;
  title: string;
}

/**
 * Where a thing the actor can see sits, for a report on it; 404 when it does not exist or is
 * hidden from them (reports may only be filed on what one can see, and must not reveal the rest).
 */
export async function loadReportable(db: Database, actor: SignedIn, type: EntityType, id: string): Promise<Reportable> {
  if (type === 'solution') {
    const solution = await findSolution(db, actor, id);
    if (solution && can(actor, 'solution.read', solutionFacts(solution))) {
      const { challenge } = solution;
      return { clusterId: challenge.cluster_id, challengeId: challenge.id, title: solution.challenge_title };
    }
    throw notVisible(type);
  }
  const found = await findReportedEntity(db, type, id);
  const visible =
    found !== undefined &&
    can(actor, 'challenge.read', found.challenge) &&
    (found.hidden_at === null || moderates(actor, found.challenge.cluster_id));
  if (!found || !visible) throw notVisible(type);
  return { clusterId: found.challenge.cluster_id, challengeId: found.challenge.id, title: found.title };
}

/** An open or closed report, for a moderator of its cluster; 404 for everyone else. */
export async function loadReport(db: Database, actor: Actor, id: string): Promise<StoredReport> {
  // Sign-in first, so anonymous callers learn nothing about which report ids exist.
  requireUser(actor, 'resolve reports');
  const report = await findReport(db, id);
  if (!report) throw notVisible('report');
  authorize(actor, 'report.resolve', report);
  return report;
}

/** The moderation queue of the clusters this moderator moderates (all for admins), optionally one of them. */
export const moderationQueueFor = (db: Database, actor: SignedIn, filter: QueueFilter = {}) =>
  moderationQueue(db, inModeratedClusters(actor, clusters.id), filter);

/**
 * Entries about a solution that `reader` may list: the list counterpart of `solution.read` for
 * the audit log's readers (moderators and admins). Of their own solution only what they did
 * themselves (never the jury's scores and declarations on it); otherwise never a draft, only in a
 * cluster they moderate, and none of a challenge they compete in.
 */
const listedSolutionEntry = (reader: SignedIn) => {
  const moderator = reader.isAdmin
    ? sql`1`
    : reader.moderates.length
      ? inArray(challenges.cluster_id, reader.moderates)
      : sql`0`;
  return sql`(${solutions.submitter_id} = ${reader.id} AND ${auditLog.actor_id} = ${reader.id})
    OR (${solutions.status} <> 'draft' AND (${moderator})
      AND NOT EXISTS (SELECT 1 FROM ${solutions} AS mine WHERE mine.challenge_id = ${solutions.challenge_id}
        AND mine.submitter_id = ${reader.id}))`;
};

/** The solution an audit entry is about (by primary key), when it is about one. */
const entrySolution = (condition: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
    WHERE ${solutions.id} = ${auditLog.entity_id} AND (${condition}))`;

/**
 * What `reader` may see of the audit log. Rows: the clusters they moderate (all for admins), and
 * of entries about a solution only those `listedSolutionEntry` allows, so a draft (404 to them)
 * leaves no trace. Content: a solution's content only as far as they could read it when it
 * was written: what a solver wrote while it was a draft stays theirs alone, even once submitted
 * (the entry was made before the submission, or says the solution was a draft then).
 */
export function auditScope(reader: SignedIn): AuditScope {
  const wasDraft = sql`coalesce(json_extract(${auditLog.before}, '$.status'), json_extract(${auditLog.after}, '$.status'), '') = 'draft'`;
  return {
    rows: and(
      inModeratedClusters(reader, auditLog.cluster_id),
      sql`(${auditLog.entity_type} <> 'solution' OR ${entrySolution(listedSolutionEntry(reader))})`,
    ),
    content: sql`(${auditLog.entity_type} <> 'solution' OR ${entrySolution(
      sql`${solutions.submitter_id} = ${reader.id} OR (${solutions.submitted_at} IS NOT NULL
        AND ${auditLog.created_at} >= ${solutions.submitted_at} AND NOT (${wasDraft}))`,
    )})`,
  };
}

/** Audit entries as this reader may see them (see auditScope); batchable. */
export const auditLogFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditLog(db, filter, auditScope(actor));

/** The same entries for the audit trail page, with the names of the people they are about; batchable. */
export const auditTrailFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditTrail(db, filter, auditScope(actor));
