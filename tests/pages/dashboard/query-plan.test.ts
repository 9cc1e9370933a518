import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { inModeratedClusters } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { dashboard } from '../../../worker/domain/accounts/dashboard';
import type { SignedIn } from '../../../worker/domain/actor';

/** D1 that remembers every statement it runs (bound, with its parameters), and runs it as usual. */
function recordingD1() {
  const statements: { sql: string; params: unknown[] }[] = [];
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

const actor = (overrides: Partial<SignedIn>): SignedIn => ({
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

/**
 * The plan's steps that read a whole table without an index (the small clusters table excepted),
 * or every challenge in a state platform-wide (what a seat query does if it starts from the
 * challenges instead of the reader's own seats).
 */
async function fullScans(statements: { sql: string; params: unknown[] }[]) {
  const scans: string[] = [];
  for (const { sql, params } of statements) {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    for (const { detail } of plan.results) {
      const fullScan = /^SCAN /.test(detail) && !/INDEX|^SCAN clusters\b|CONSTANT ROW/.test(detail);
      const everyInState = /^SEARCH challenges USING INDEX challenges_status_\w+ \(status=\?\)$/.test(detail);
      if (fullScan || everyInState) scans.push(`${detail} ← ${sql}`);
    }
  }
  return scans;
}

describe('my page: every count is read through an index', () => {
  for (const [who, reader] of [
    ['a moderator', actor({ moderates: ['01900000-0000-7000-8000-0000000000aa'] })],
    ['an admin', actor({ isAdmin: true })],
    ['an unconfirmed clinician', actor({ emailConfirmed: false })],
  ] as const) {
    it(`for ${who}`, async () => {
      const { d1, statements } = recordingD1();
      await dashboard(createDb(d1), reader, {
        moderated:
          reader.isAdmin || reader.moderates.length ? (column) => inModeratedClusters(reader, column) : undefined,
        invitations: reader.emailConfirmed,
      });
      expect(statements.length).toBeGreaterThanOrEqual(8);
      expect(await fullScans(statements)).toEqual([]);
    });
  }
});
