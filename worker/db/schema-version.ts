import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** The newest migration wrangler (or the test setup) recorded in `d1_migrations`. */
export async function appliedSchemaVersion(db: Database): Promise<{ name: string; count: number } | undefined> {
  const row = await db.get<{ name: string; count: number }>(
    sql`SELECT name, (SELECT count(*) FROM d1_migrations) AS count FROM d1_migrations ORDER BY id DESC LIMIT 1`,
  );
  return row && { name: row.name.replace(/\.sql$/, ''), count: row.count };
}
