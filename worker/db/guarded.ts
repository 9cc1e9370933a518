import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './client';

/**
 * `INSERT INTO t SELECT <values> WHERE <guard>`: inside a batch, the row lands only if the guard
 * still holds when the batch runs (e.g. "the challenge is still at the version we read"). Put
 * guarded statements before the UPDATE that changes what the guard looks at.
 */
export function insertIf<T extends SQLiteTable>(db: Database, table: T, values: T['$inferInsert'], guard: SQL) {
  // Drizzle's INSERT ... SELECT lists every column in definition order, so the SELECT must too.
  const columns = Object.entries(getTableColumns(table)).filter(([, column]) => !column.generated);
  const selected = columns.map(([key, column]) => {
    let value = (values as Record<string, unknown>)[key];
    if (value === undefined && column.defaultFn) value = column.defaultFn();
    if (value === undefined && column.default !== undefined) value = column.default;
    if (value === undefined || value === null) return sql`NULL`;
    return is(value, SQL) ? value : sql`${column.mapToDriverValue(value)}`;
  });
  return db.insert(table).select(sql`SELECT ${sql.join(selected, sql`, `)} WHERE ${guard}`);
}
