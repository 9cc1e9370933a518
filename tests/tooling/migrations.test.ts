import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * D1 enforces foreign keys always: drizzle-kit's `PRAGMA foreign_keys=OFF` does nothing there, so
 * the `DROP TABLE` of a rebuilt table's old copy is a `DELETE` that cascades into every table
 * referencing it (solutions, members, attachments, scores…). A parent table — any table another
 * one references — must only ever get `ALTER TABLE … ADD COLUMN`. Checked for every migration from
 * 0015 on (the earlier ones ran before this was known, on tables that were empty or leaves).
 */
const DIR = join(import.meta.dirname, '../../migrations');
const FIRST_GUARDED = 15;
const files = readdirSync(DIR)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f))
  .sort();
const sqlOf = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** Tables some table references (`REFERENCES \`x\``) in any migration: the parents. */
const parentsIn = (texts: string[]) =>
  new Set(texts.flatMap((text) => [...text.matchAll(/REFERENCES\s+[`"]?(\w+)[`"]?/gi)].map((m) => m[1] as string)));

/** The parents a migration rebuilds or drops. */
const rebuiltParents = (text: string, parents: ReadonlySet<string>) =>
  [...parents].filter((table) =>
    new RegExp(`__new_${table}\\b|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?[\`"]?${table}[\`"]?(\\s|;|$)`, 'i').test(text),
  );

describe('migrations', () => {
  const parents = parentsIn(files.map(sqlOf));

  it('knows the parent tables', () => {
    for (const table of ['challenges', 'solutions', 'users', 'organizations', 'clusters']) {
      expect(parents.has(table), table).toBe(true);
    }
  });

  it('catches a rebuilt or dropped parent, and leaves a rebuilt leaf alone', () => {
    expect(rebuiltParents('CREATE TABLE `__new_solutions` (…);', parents)).toEqual(['solutions']);
    expect(rebuiltParents('DROP TABLE `challenges`;', parents)).toEqual(['challenges']);
    expect(rebuiltParents('CREATE TABLE `__new_evaluations` (…); DROP TABLE `evaluations`;', parents)).toEqual([]);
  });

  it(`never rebuilds or drops a parent table from ${FIRST_GUARDED} on`, () => {
    const guarded = files.filter((f) => Number(f.slice(0, 4)) >= FIRST_GUARDED);
    expect(guarded.length).toBeGreaterThan(0);
    // A parent as of that migration: a table that became one later (jury_progress made
    // evaluator_assignments a parent in 0026) was a leaf when an earlier migration rebuilt it.
    for (const file of guarded) {
      const asOf = parentsIn(files.filter((f) => f <= file).map(sqlOf));
      expect(rebuiltParents(sqlOf(file), asOf), file).toEqual([]);
    }
  });

  it('creates again every trigger a migration drops (a dropped ranking trigger leaves the cache stale)', () => {
    const created = new Set<string>();
    const dropped = new Set<string>();
    for (const file of files) {
      const text = sqlOf(file);
      for (const m of text.matchAll(/DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?[`"]?(\w+)/gi)) {
        created.delete(m[1] as string);
        dropped.add(m[1] as string);
      }
      for (const m of text.matchAll(/CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"]?(\w+)/gi)) {
        created.add(m[1] as string);
      }
    }
    expect([...dropped].filter((name) => !created.has(name))).toEqual([]);
  });
});
