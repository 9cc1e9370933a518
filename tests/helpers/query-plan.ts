import { env } from 'cloudflare:test';
import type { SignedIn } from '../../worker/domain/actor';
import type { Bindings } from '../../worker/env';

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
 * The test bindings with a recording D1 (its sessions record into the same list), for requests
 * through the exported `fetch`: what a whole request ran, streamed bodies included.
 */
export function recordingEnv() {
  const { d1, statements } = recordingD1();
  const DB = { ...d1, withSession: () => ({ ...d1, getBookmark: () => null }) };
  return { env: { ...env, DB } as unknown as Bindings, statements };
}

/** The steps of one recorded statement's query plan, as SQLite describes them. */
export async function planOf({ sql, params }: Recorded): Promise<string[]> {
  const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return plan.results.map((step) => step.detail);
}

/**
 * The steps of these statements' query plans that read a whole table without an index (the small
 * clusters table excepted), each with its statement.
 */
export async function fullScans(
  statements: Recorded[],
  /** Another plan step to refuse, e.g. every challenge in a state platform-wide. */
  alsoRefuse: (detail: string) => boolean = () => false,
): Promise<string[]> {
  const scans: string[] = [];
  for (const { sql, params } of statements) {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    // A subquery in FROM is read as a co-routine or materialized first; scanning its rows reads no table.
    const derived = new Set(
      plan.results.flatMap(({ detail }) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(detail)?.[1] ?? []),
    );
    for (const { detail } of plan.results) {
      const scanned = /^SCAN (.+?)(?: USING .*)?$/.exec(detail)?.[1] ?? '';
      const fullScan =
        /^SCAN /.test(detail) && !/INDEX|^SCAN clusters\b|CONSTANT ROW/.test(detail) && !derived.has(scanned);
      if (fullScan || alsoRefuse(detail)) scans.push(`${detail} ← ${sql}`);
    }
  }
  return scans;
}

/** A signed-in person who exists only for a query plan: nothing of them is in the database. */
export const planActor = (overrides: Partial<SignedIn>): SignedIn => ({
  type: 'user',
  id: '01900000-0000-7000-8000-000000000001',
  email: 'plan@test.example',
  name: 'Plan',
  kind: 'clinician',
  isAdmin: false,
  organizationId: null,
  moderates: [],
  emailConfirmed: true,
  unread: 0,
  locale: null,
  sessionId: 'session',
  via: 'cookie',
  ...overrides,
});
