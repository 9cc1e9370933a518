import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Column, entityKind, is, Param, Placeholder, SQL, Subquery, sql, Table, View } from 'drizzle-orm';
import { QueryBuilder, SQLiteColumn, SQLiteTable, sqliteView } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { challenges } from '../../worker/db/schema';

// Issue 17: patches/drizzle-orm+0.45.4.patch keeps the answer of Drizzle's `is()` per constructor
// and kind, instead of walking the prototype chain on every call (a sixth of a ranking loader's
// CPU). `npm install` applies it (patch-package, in postinstall). This holds the patched `is()` to
// the walk it replaces, over the kinds of values Drizzle asks it about, each asked twice (the
// second answer comes from what was kept).

/** Drizzle 0.45.4's own `is()`, unpatched. */
function walked(value: unknown, type: { [entityKind]: string }): boolean {
  if (!value || typeof value !== 'object') return false;
  if (value instanceof (type as unknown as new () => object)) return true;
  let cls = Object.getPrototypeOf(value).constructor;
  while (cls) {
    if (entityKind in cls && cls[entityKind] === type[entityKind]) return true;
    cls = Object.getPrototypeOf(cls);
  }
  return false;
}

describe("Drizzle's is(), patched to keep its answers", () => {
  it('is patched in both builds that npm installed (ESM and CommonJS)', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('drizzle-orm/entity'));
    for (const file of ['entity.js', 'entity.cjs']) {
      expect(readFileSync(join(dir, file), 'utf8'), `${file}: run npm install (patch-package)`).toContain('kindsOf');
    }
  });

  it('answers as the prototype walk does, for every kind of value and every kind asked, twice', () => {
    const builder = new QueryBuilder();
    const values: [string, unknown][] = [
      ['a column', challenges.id],
      ['a table', challenges],
      ['a SQL chunk', sql`1`],
      ['an aliased SQL', sql`1`.as('one')],
      ['a mapped SQL', sql<number>`1`.mapWith(Number)],
      ['a placeholder', sql.placeholder('p')],
      ['a parameter', new Param(1)],
      ['a subquery', builder.select({ id: challenges.id }).from(challenges).as('sq')],
      ['a view', sqliteView('v').as((qb) => qb.select({ id: challenges.id }).from(challenges))],
      ['a plain object', { id: 1 }],
      ['an array', [1, 2]],
      ['a date', new Date(0)],
      ['null', null],
      ['a string', 'text'],
    ];
    const kinds = {
      Column,
      SQL,
      'SQL.Aliased': SQL.Aliased,
      Subquery,
      Table,
      Param,
      Placeholder,
      View,
      SQLiteColumn,
      SQLiteTable,
    };
    for (const [what, value] of values) {
      for (const [name, kind] of Object.entries(kinds)) {
        const expected = walked(value, kind as unknown as { [entityKind]: string });
        for (const time of ['first', 'second']) {
          expect(is(value, kind), `${what} is ${name}, asked the ${time} time`).toBe(expected);
        }
      }
    }
    // A kind found by the walk, not by instanceof (a class of another copy of Drizzle), is kept as true.
    class OtherColumn {
      static readonly [entityKind] = 'Column';
    }
    for (const time of ['first', 'second']) expect(is(new OtherColumn(), Column), `asked the ${time} time`).toBe(true);
    // A value without a prototype throws, as unpatched.
    expect(() => is(Object.create(null), Column)).toThrow(TypeError);
    // The walk is not trivially false: these are the answers Drizzle relies on.
    expect(is(challenges.id, Column)).toBe(true);
    expect(is(sql`1`.as('one'), SQL.Aliased)).toBe(true);
    expect(is(sql`1`.as('one'), Column)).toBe(false);
    expect(is(challenges, SQLiteTable)).toBe(true);
  });
});
