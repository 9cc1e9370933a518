import { getTableColumns } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './client';

/** D1 accepts at most 100 bound parameters per statement. */
export const D1_MAX_PARAMS = 100;

/** Multi-row INSERTs split so each statement stays under D1's parameter limit. */
export function chunkedInsert<T extends SQLiteTable>(db: Database, table: T, rows: T['$inferInsert'][]) {
  const perStatement = Math.max(1, Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(table)).length));
  const statements: BatchItem<'sqlite'>[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    statements.push(db.insert(table).values(rows.slice(i, i + perStatement)));
  }
  return statements;
}

/** Runs statements as one D1 batch: they land whole or not at all. */
export async function runBatch(db: Database, statements: BatchItem<'sqlite'>[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/**
 * Runs `statements` and then `last` as one batch and returns what `last` returned. Used when the
 * final UPDATE ... RETURNING tells whether the guarded statements before it took effect.
 */
export async function batchEndingWith<L extends BatchItem<'sqlite'>>(
  db: Database,
  statements: BatchItem<'sqlite'>[],
  last: L,
): Promise<Awaited<L>> {
  const results = await db.batch([...statements, last] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return results.at(-1) as Awaited<L>;
}
