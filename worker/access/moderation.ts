import { and, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog, challenges, clusters, questions, reports, solutionMembers, solutions } from '../db/schema';
import { type Actor, moderates, type SignedIn } from '../domain/actor';
import { notVisible } from '../domain/errors';
import { type AuditFilter, type AuditScope, readAuditLog, readAuditTrail } from '../domain/moderation/audit-log';
import { findAuditEntry, type StoredAuditEntry } from '../domain/moderation/audit-purge';
import { moderationQueue, type QueueFilter } from '../domain/moderation/queue';
import { type EntityType, findReportedEntity } from '../domain/moderation/reported-entity';
import { findReport, type StoredReport } from '../domain/moderation/reports';
import { findSolution } from '../domain/solutions/read';
import { authorize, can, requireUser } from '../policy/policy';
import { loadChallengeWith } from './challenges';
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

/**
 * An open or closed report, for a moderator of its cluster; 404 for everyone else, and for a
 * moderator who competes in the challenge of the solution it is about.
 */
export async function loadReport(db: Database, actor: Actor, id: string): Promise<StoredReport> {
  // Sign-in first, so anonymous callers learn nothing about which report ids exist.
  const reader = requireUser(actor, 'resolve reports');
  const report = await findReport(db, id, reader.id);
  if (!report) throw notVisible('report');
  authorize(actor, 'report.resolve', report);
  return report;
}

/**
 * Reports a moderator may take up: none on a solution of a challenge they compete in (they read
 * none of their rivals' solutions there, and do not judge complaints about their own).
 */
const fairReports = (actor: SignedIn) =>
  sql`NOT (${reports.entity_type} = 'solution' AND EXISTS (SELECT 1 FROM ${solutions}
    JOIN ${solutions} AS mine ON mine.challenge_id = ${solutions.challenge_id} AND (mine.submitter_id = ${actor.id}
      OR EXISTS (SELECT 1 FROM ${solutionMembers} AS team WHERE team.solution_id = mine.id AND team.user_id = ${actor.id}))
    WHERE ${solutions.id} = ${reports.entity_id}))`;

/** The moderation queue of the clusters this moderator moderates (all for admins), optionally one of them. */
export const moderationQueueFor = (db: Database, actor: SignedIn, filter: QueueFilter = {}) =>
  moderationQueue(db, inModeratedClusters(actor, clusters.id), filter, fairReports(actor));

/**
 * Entries about a solution that `reader` may list: the list counterpart of `solution.read` for
 * the audit log's readers (moderators, admins, a challenge's owner). Of their own solution only
 * what they did themselves (never the jury's scores and declarations on it); otherwise never one
 * that was never submitted (a draft, or a draft withdrawn), only in a cluster they moderate or of a challenge they own (once submitted and while not
 * hidden, as the owner's list of solutions), and none of a challenge they compete in.
 */
const listedSolutionEntry = (reader: SignedIn) => {
  const moderator = reader.isAdmin
    ? sql`1`
    : reader.moderates.length
      ? inArray(challenges.cluster_id, reader.moderates)
      : sql`0`;
  // On a solution's team there (issue 14), they compete as much as its submitter.
  const fair = sql`NOT EXISTS (SELECT 1 FROM ${solutions} AS mine WHERE mine.challenge_id = ${solutions.challenge_id}
        AND (mine.submitter_id = ${reader.id} OR EXISTS (SELECT 1 FROM ${solutionMembers} AS team
          WHERE team.solution_id = mine.id AND team.user_id = ${reader.id})))`;
  return sql`(${solutions.submitter_id} = ${reader.id} AND ${auditLog.actor_id} = ${reader.id})
    OR (${solutions.submitted_at} IS NOT NULL AND (${moderator}) AND ${fair})
    OR (${challenges.owner_id} = ${reader.id} AND ${solutions.submitted_at} IS NOT NULL
      AND ${solutions.hidden_at} IS NULL AND ${fair})`;
};

/**
 * Entries a challenge's owner reads on its trail: about the challenge, its questions and its
 * solutions (the latter further narrowed by `listedSolutionEntry`). Reports and what moderators
 * noted on them stay the moderators', and so do the records of admins' purges (one may be about a
 * report's entry; the purged entries themselves say that text was removed). Each a lookup by
 * primary key, per entry.
 */
const ownersEntry = (reader: SignedIn) =>
  sql`(${auditLog.action} NOT LIKE 'report.%' AND ${auditLog.action} <> 'audit.purge' AND CASE ${auditLog.entity_type}
    WHEN 'challenge' THEN EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${auditLog.entity_id}
      AND ${challenges.owner_id} = ${reader.id})
    WHEN 'question' THEN EXISTS (SELECT 1 FROM ${questions} JOIN ${challenges} ON ${challenges.id} = ${questions.challenge_id}
      WHERE ${questions.id} = ${auditLog.entity_id} AND ${challenges.owner_id} = ${reader.id})
    WHEN 'solution' THEN EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
      WHERE ${solutions.id} = ${auditLog.entity_id} AND ${challenges.owner_id} = ${reader.id})
    ELSE 0 END)`;

/** The solution an audit entry is about (by primary key), when it is about one. */
const entrySolution = (condition: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
    WHERE ${solutions.id} = ${auditLog.entity_id} AND (${condition}))`;

/**
 * What `reader` may see of the audit log. Rows: the clusters they moderate (all for admins); with
 * `trail` (a read filtered to one challenge, see AuditFilter.challenge) also the entries of the
 * challenges they own (`ownersEntry`: owners read their challenge's trail, not the log, and the
 * per-entry check stays off the moderators' cluster-wide reads, which keep to their index); of
 * entries about a solution only those `listedSolutionEntry` allows, so a draft (404 to them)
 * leaves no trace, nor does a rival's solution to a moderator who competes. Content: a
 * solution's content only as far as they could read it when it was written: what a solver wrote
 * while it was a draft stays theirs alone, even once submitted (the entry was made before the
 * submission, or says the solution was a draft then). What was hidden (the text of a hidden
 * question, in `question.hide` entries written before they stopped keeping it) only for the
 * cluster's moderators and admins, who may read hidden content; not for the owner.
 */
export function auditScope(reader: SignedIn, trail = false): AuditScope {
  const wasDraft = sql`coalesce(json_extract(${auditLog.before}, '$.status'), json_extract(${auditLog.after}, '$.status'), '') = 'draft'`;
  const moderated = inModeratedClusters(reader, auditLog.cluster_id);
  return {
    rows: and(
      // Admins: every row (no condition) already.
      moderated && trail ? or(moderated, ownersEntry(reader)) : moderated,
      sql`(${auditLog.entity_type} <> 'solution' OR ${entrySolution(listedSolutionEntry(reader))})`,
    ),
    hidden: moderated ?? sql`1`,
    content: sql`(${auditLog.entity_type} <> 'solution' OR ${entrySolution(
      sql`${solutions.submitter_id} = ${reader.id} OR (${solutions.submitted_at} IS NOT NULL
        AND ${auditLog.created_at} >= ${solutions.submitted_at} AND NOT (${wasDraft}))`,
    )})`,
  };
}

/** Audit entries as this reader may see them (see auditScope); batchable. */
export const auditLogFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditLog(db, filter, auditScope(actor, filter.challenge !== undefined));

/**
 * One challenge's trail as this reader may see it (auditScope), read with the challenge in one
 * round trip: 401 before sign-in; 404 for a challenge they may not see, or whose trail is not
 * theirs (challenge.audit: its owner and its cluster's moderators).
 */
export async function challengeAuditFor(db: Database, actor: Actor, id: string, filter: AuditFilter) {
  const reader = requireUser(actor, "read this challenge's audit trail");
  const [{ row }, rows] = await loadChallengeWith(
    db,
    reader,
    id,
    auditLogFor(db, reader, { ...filter, challenge: id }),
  );
  authorize(reader, 'challenge.audit', row);
  return rows;
}

/** The same entries for the audit trail page, with the names of the people they are about; batchable. */
export const auditTrailFor = (db: Database, actor: SignedIn, filter: AuditFilter) =>
  readAuditTrail(db, filter, auditScope(actor, filter.challenge !== undefined));

/**
 * One audit entry as stored, for an action on it (an admin's purge): found only within what this
 * reader may list (auditScope), so an entry they may not read is 404 like one that does not exist.
 */
export async function loadAuditEntry(db: Database, actor: Actor, id: string): Promise<StoredAuditEntry> {
  // Sign-in first, so anonymous callers learn nothing about which entries exist.
  const reader = requireUser(actor, 'act on the audit trail');
  const entry = await findAuditEntry(db, id, auditScope(reader).rows);
  if (!entry) throw notVisible('audit entry');
  return entry;
}
