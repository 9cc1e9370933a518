import type { SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { AUDIT_ENTITY_TYPES } from '../db/enums';
import { insertIf } from '../db/guarded';
import { auditLog } from '../db/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: (typeof AUDIT_ENTITY_TYPES)[number];
  entityId: string;
  clusterId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const row = (entry: AuditEntry) => ({
  actor_id: entry.actorId,
  action: entry.action,
  entity_type: entry.entityType,
  entity_id: entry.entityId,
  cluster_id: entry.clusterId ?? null,
  before: entry.before ?? null,
  after: entry.after ?? null,
});

/** The audit row for a change; callers put it in the same batch as the change itself. */
export const audit = (db: Database, entry: AuditEntry) => db.insert(auditLog).values(row(entry));

/** The audit row, written only if `guard` holds when the batch runs (see insertIf). */
export const auditIf = (db: Database, entry: AuditEntry, guard: SQL) => insertIf(db, auditLog, row(entry), guard);
