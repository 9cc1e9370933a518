import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { createDb } from '../../worker/db/client';
import { recountedSmeTallies } from '../../worker/domain/impact/smes';

/**
 * Every non-zero distinct-SME tally (issue 17) as a `scope quarter since = value` line, kept by the
 * triggers and recounted from the solutions and organizations: the property tests compare them.
 */
export async function smeTallies() {
  const db = createDb(env.DB);
  const line = sql`scope_id || ' ' || quarter || ' ' || since || ' = ' || value AS line`;
  const kept = await db.all<{ line: string }>(sql`SELECT ${line} FROM impact_sme_tallies WHERE value <> 0 ORDER BY 1`);
  const recounted = await db.all<{ line: string }>(sql`SELECT ${line} FROM (${recountedSmeTallies()}) ORDER BY 1`);
  return { kept: kept.map((r) => r.line), recounted: recounted.map((r) => r.line) };
}
