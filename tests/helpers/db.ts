import { env } from 'cloudflare:test';

/** The `n` of a `SELECT count(*) AS n …` query, read straight from D1. */
export async function count(sql: string, ...binds: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>();
  if (!row) throw new Error(`no row for: ${sql}`);
  return row.n;
}
