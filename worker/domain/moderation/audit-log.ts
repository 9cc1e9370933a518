import { and, desc, eq, getTableColumns, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { AUDIT_ENTITY_TYPES } from '../../db/enums';
import { auditLog, clusters, solutions, users } from '../../db/schema';

export interface AuditFilter {
  /** One entry, by its id. */
  id?: string;
  entity_type?: (typeof AUDIT_ENTITY_TYPES)[number];
  entity_id?: string;
  /** A challenge's trail: entries about it, its questions and its solutions. */
  challenge?: string;
  cluster?: string;
  limit: number;
  before?: string;
}

/**
 * What one reader may see of the audit log (access/moderation builds it from the policy's rules):
 * `rows`, the entries they may list at all (null: every one); `content`, per entry, whether they
 * may read the content of the solution it is about (true for entries about anything else);
 * `hidden`, per entry, whether they may read what was hidden (a hidden question's text, which
 * `question.hide` entries kept before they stopped doing so).
 */
export interface AuditScope {
  rows: SQL | undefined;
  content: SQL;
  hidden: SQL;
}

/**
 * A solution's fields that are not its content: bookkeeping and states. Every other column of
 * `solutions` (title, summary, approach, team, links … and any added later) is content, and an
 * entry keeps it only for readers who may read it (see `AuditScope.content`).
 */
const BOOKKEEPING = new Set([
  'id',
  'challenge_id',
  'submitter_id',
  'status',
  'version',
  'hidden_at',
  'created_at',
  'updated_at',
  'submitted_at',
]);
const CONTENT_PATHS = Object.keys(getTableColumns(solutions))
  .filter((key) => !BOOKKEEPING.has(key))
  .map((key) => sql`${`$.${key}`}`);

/**
 * `before` or `after` of an entry, without the solution's content where the reader may not read
 * it, nor the text of a question hidden from them.
 */
const shown = (column: typeof auditLog.before | typeof auditLog.after, scope: AuditScope, name: string) => {
  const value = sql`CASE WHEN ${auditLog.action} = 'question.hide' AND NOT (${scope.hidden})
    THEN json_remove(${column}, '$.body') ELSE ${column} END`;
  return sql`CASE WHEN ${scope.content} THEN ${value} ELSE json_remove(${value}, ${sql.join(CONTENT_PATHS, sql`, `)}) END`
    .mapWith(column)
    .as(name);
};

const entryColumns = (scope: AuditScope) => ({
  id: auditLog.id,
  action: auditLog.action,
  entity_type: auditLog.entity_type,
  entity_id: auditLog.entity_id,
  cluster: clusters.slug,
  actor_id: auditLog.actor_id,
  actor_name: users.name,
  before: shown(auditLog.before, scope, 'before'),
  after: shown(auditLog.after, scope, 'after'),
  created_at: auditLog.created_at,
  // An admin purged text posted by mistake from these fields (see audit-purge): every reader sees that.
  purged_fields: auditLog.purged_fields,
  purged_at: auditLog.purged_at,
  purged_by: auditLog.purged_by,
});

/**
 * Entries about a challenge, its questions and its solutions: one range of
 * `audit_log_challenge_idx` newest first (issue 17; a trigger names the challenge on each of them,
 * migration 0029), so a page of the trail costs a page, not the challenge's whole history.
 */
const aboutChallenge = (id: string) => eq(auditLog.challenge_id, id);

/** Entries within the scope's rows matching `filter`. */
const matching = (filter: AuditFilter, scope: AuditScope) =>
  and(
    scope.rows,
    filter.id ? eq(auditLog.id, filter.id) : undefined,
    filter.entity_type ? eq(auditLog.entity_type, filter.entity_type) : undefined,
    filter.entity_id ? eq(auditLog.entity_id, filter.entity_id) : undefined,
    filter.challenge ? aboutChallenge(filter.challenge) : undefined,
    filter.cluster ? eq(clusters.slug, filter.cluster) : undefined,
    filter.before ? lt(auditLog.id, filter.before) : undefined,
  );

/** Audit entries as `scope` lets its reader see them (access/moderation), newest first. One query. */
export function readAuditLog(db: Database, filter: AuditFilter, scope: AuditScope) {
  return db
    .select(entryColumns(scope))
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actor_id))
    .leftJoin(clusters, eq(clusters.id, auditLog.cluster_id))
    .where(matching(filter, scope))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

/**
 * The same entries for people to read: with the name of the person an entry is about (the jury
 * member added or removed, stored by id) and the title of the solution it is about, looked up by
 * primary key in the same query.
 */
export function readAuditTrail(db: Database, filter: AuditFilter, scope: AuditScope) {
  return db
    .select({
      ...entryColumns(scope),
      // Which solution a solution's entry (a score, a submission) is about, when its content is theirs to read.
      solution_title: sql<string | null>`CASE WHEN ${auditLog.entity_type} = 'solution' AND ${scope.content}
        THEN (SELECT so.title FROM solutions so WHERE so.id = ${auditLog.entity_id}) END`.as('solution_title'),
      subject_name: sql<string | null>`(SELECT p.name FROM users p WHERE p.id = coalesce(
        json_extract(${auditLog.after}, '$.evaluator'), json_extract(${auditLog.before}, '$.evaluator')))`.as(
        'subject_name',
      ),
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actor_id))
    .leftJoin(clusters, eq(clusters.id, auditLog.cluster_id))
    .where(matching(filter, scope))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}
