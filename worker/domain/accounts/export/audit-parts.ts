import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import { jsonRow, jsonTruth, listPart, type Parts } from './json-rows';

/**
 * The audit entries they made, and those about their account made by someone else (an admin, the
 * system) without who: one list in the log's order, found by either index.
 */
export const auditParts = (db: Database, me: string): Parts => ({
  audit_entries: listPart(
    db,
    'audit_entries',
    db
      .select(
        jsonRow(
          {
            id: auditLog.id,
            action: auditLog.action,
            entity_type: auditLog.entity_type,
            entity_id: auditLog.entity_id,
            // Hiding a question (once) kept its text here: it is someone else's, hidden for everyone.
            before: sql`json(CASE WHEN ${auditLog.action} = 'question.hide'
              THEN json_remove(${auditLog.before}, '$.body') ELSE ${auditLog.before} END)`,
            after: auditLog.after,
            purged_fields: auditLog.purged_fields,
            purged_at: auditLog.purged_at,
            created_at: auditLog.created_at,
            by_you: jsonTruth(eq(auditLog.actor_id, me)),
          },
          asc(auditLog.id),
        ),
      )
      .from(auditLog)
      .where(
        or(
          eq(auditLog.actor_id, me),
          and(
            eq(auditLog.entity_type, 'user'),
            eq(auditLog.entity_id, me),
            or(isNull(auditLog.actor_id), ne(auditLog.actor_id, me)),
          ),
        ),
      ),
  ),
});
