import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { rowCounter } from '../../helpers/row-counts';

// A runtime runs many test files in turn (isolate: false in vitest.config.ts); tests/setup/
// apply-migrations.ts empties the database before each, so every file starts as on a fresh one.
// Whichever files ran before this one in its runtime, it finds every migration applied and no row.

describe('each test file starts on a fresh database', () => {
  it('has every migration applied', async () => {
    const { results } = await env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id').all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual(env.TEST_MIGRATIONS.map((m) => m.name));
  });

  it('has no row in any table, the search indexes included', async () => {
    const counts = await (await rowCounter())();
    // FTS5 keeps its own bookkeeping rows in its shadow tables; the FTS tables themselves are counted.
    const shadow = /_fts_(data|idx|content|docsize|config)$/;
    const tables = Object.entries(counts).filter(([name]) => name !== 'd1_migrations' && !shadow.test(name));
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining(['challenges_fts', 'organizations_fts', 'users']),
    );
    expect(tables.filter(([, n]) => n !== 0)).toEqual([]);
  });
});
