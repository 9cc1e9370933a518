import { drizzle } from 'drizzle-orm/d1';
import { assertUniqueColumns, type Prepared } from './batch-columns';

/**
 * Drizzle over D1 or a D1 session; TS keys are the snake_case column names, as in the API. Its
 * `batch` refuses statements whose result columns share a name (see batch-columns), so no
 * batched read can silently return shifted values.
 *
 * Made per request, so without Drizzle's relational schema (`db.query`, unused here): building it
 * walked every table on each request. Each batched statement's SQL is built once: Drizzle's batch
 * prepares each statement again, so it gets the prepared one (`_prepare` is what it calls).
 */
export function createDb(d1: Pick<D1DatabaseSession, 'prepare' | 'batch'>) {
  const db = drizzle(d1 as D1Database);
  const batch = db.batch.bind(db);
  db.batch = (async (statements) => {
    const prepared = statements.map((statement) => (statement as unknown as { _prepare(): Prepared })._prepare());
    assertUniqueColumns(prepared);
    return batch(prepared.map((query) => ({ _prepare: () => query })) as unknown as typeof statements);
  }) as typeof db.batch;
  return db;
}

export type Database = ReturnType<typeof createDb>;

/**
 * The D1 Sessions bookmark a client handed back, if it has the shape D1 writes (four hex groups:
 * 8-8-8-32). Anything else is no bookmark: the local D1 keeps a made-up string as the session's
 * position and `getBookmark` would echo it into a header or cookie; the real one may fail on it.
 */
export const knownBookmark = (value: string | null | undefined): D1SessionBookmark | undefined =>
  value && /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/.test(value) ? value : undefined;
