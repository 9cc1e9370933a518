import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { AUDIT_ENTITY_TYPES } from '../../db/enums';
import { auditLog, clusters, users } from '../../db/schema';

export interface AuditFilter {
  entity_type?: (typeof AUDIT_ENTITY_TYPES)[number];
  entity_id?: string;
  cluster?: string;
  limit: number;
  before?: string;
}

const entryColumns = {
  id: auditLog.id,
  action: auditLog.action,
  entity_type: auditLog.entity_type,
  entity_id: auditLog.entity_id,
  cluster: clusters.slug,
  actor_id: auditLog.actor_id,
  actor_name: users.name,
  before: auditLog.before,
  after: auditLog.after,
  created_at: auditLog.created_at,
};

/** Entries within `scope` matching `filter`. */
const matching = (filter: AuditFilter, scope: SQL | undefined) =>
  and(
    scope,
    filter.entity_type ? eq(auditLog.entity_type, filter.entity_type) : undefined,
    filter.entity_id ? eq(auditLog.entity_id, filter.entity_id) : undefined,
    filter.cluster ? eq(clusters.slug, filter.cluster) : undefined,
    filter.before ? lt(auditLog.id, filter.before) : undefined,
  );

/** Audit entries within `scope` (access/scopes: moderators their clusters', admins all), newest first. One query. */
export function readAuditLog(db: Database, filter: AuditFilter, scope: SQL | undefined) {
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actor_id))
    .leftJoin(clusters, eq(clusters.id, auditLog.cluster_id))
    .where(matching(filter, scope))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

/**
 * The same entries for people to read: with the name of the person an entry is about (the jury
 * member added or removed, stored by id), looked up by primary key in the same query.
 */
export function readAuditTrail(db: Database, filter: AuditFilter, scope: SQL | undefined) {
  return db
    .select({
      ...entryColumns,
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
