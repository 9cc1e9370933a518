import type { Database } from '../db/client';
import { auditLog, clusters } from '../db/schema';
import { type Actor, moderates, type SignedIn } from '../domain/actor';
import { notVisible } from '../domain/errors';
import { type AuditFilter, readAuditLog, readAuditTrail } from '../domain/moderation/audit-log';
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

/** Audit entries of the clusters this reader moderates (all for admins); batchable. */
export const auditLogFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditLog(db, filter, inModeratedClusters(actor, auditLog.cluster_id));

/** The same entries for the audit trail page, with the names of the people they are about; batchable. */
export const auditTrailFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditTrail(db, filter, inModeratedClusters(actor, auditLog.cluster_id));
