import { applyD1Migrations, env } from 'cloudflare:test';
import { purgePublic } from '../../worker/middleware/public-cache';

// The Worker builds each half on its first request (worker/index.ts); built here, outside any
// test's time limit, a file's first request is as quick as its others.
await Promise.all([import('../../worker/api'), import('../../worker/site')]);

// Setup files may run more than once; applyD1Migrations skips what is already applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// One runtime runs many test files in turn (isolate: false in vitest.config.ts): each file starts
// with the empty database a fresh runtime would give it. Every table is emptied in one batch
// (foreign keys checked at its end); FTS5 tables are emptied through their own table, never their
// shadow tables; d1_migrations keeps the record of what is applied.
const { results } = await env.DB.prepare(
  `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
     AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations'`,
).all<{ name: string; sql: string | null }>();
const virtual = results.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql ?? '')).map((t) => t.name);
const shadow = (name: string) => virtual.some((v) => name.startsWith(`${v}_`));
const tables = results.map((t) => t.name).filter((name) => !shadow(name));
await env.DB.batch([
  env.DB.prepare('PRAGMA defer_foreign_keys = on'),
  ...tables.map((name) => env.DB.prepare(`DELETE FROM "${name}"`)),
  // A DELETE leaves an FTS5 index its segments plus a tombstone for every token it removed: after
  // 20 files the index of an empty challenges_fts held 155 blocks (600 kB) that every search walked.
  // 'rebuild' starts each file with an empty index (tests/api/challenges and search: 144 → 116 s).
  ...virtual.map((name) => env.DB.prepare(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`)),
]);

// The public cache (worker/middleware/public-cache.ts) outlives the emptied database in the same
// runtime: a new generation makes the last file's anonymous answers unreachable, as a write would.
await purgePublic(env);
