import { env } from 'cloudflare:test';

export interface Recorded {
  sql: string;
  params: unknown[];
}

/** D1 that remembers every statement it runs (bound, with its parameters), and runs it as usual. */
export function recordingD1() {
  const statements: Recorded[] = [];
  const d1 = {
    prepare(query: string) {
      const statement = env.DB.prepare(query);
      return new Proxy(statement, {
        get(target, property) {
          if (property === 'bind') {
            return (...params: unknown[]) => {
              statements.push({ sql: query, params });
              return target.bind(...params);
            };
          }
          const value = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    batch: <T>(batch: D1PreparedStatement[]) => env.DB.batch<T>(batch),
  };
  return { d1, statements };
}

/**
 * The steps of these statements' query plans that read a whole table without an index (the small
 * clusters table excepted), each with its statement.
 */
export async function fullScans(statements: Recorded[]): Promise<string[]> {
  const scans: string[] = [];
  for (const { sql, params } of statements) {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    for (const { detail } of plan.results) {
      if (/^SCAN /.test(detail) && !/INDEX|^SCAN clusters\b|CONSTANT ROW/.test(detail)) {
        scans.push(`${detail} ← ${sql}`);
      }
    }
  }
  return scans;
}
