import { type AnyColumn, Column, is, SQL, StringChunk, sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';

const dialect = new SQLiteAsyncDialect();

/** A statement as Drizzle prepares it for a batch: its SQL and the fields it maps result columns onto. */
export interface Prepared {
  getQuery(): { sql: string };
  fields?: { path: string[]; field: unknown }[];
}

/**
 * The SQL texts already found to name their result columns apart. The names are SQLite's, so a
 * function of the text alone: each text is checked once per isolate, not on every request (the
 * check took a sixth of a ranking request's CPU, issue 17). Bounded, in case texts ever vary
 * with the data (`IN` lists of any length): 1 024 texts of a few KB are a few MB of the isolate's
 * 128. A refused text is never kept, so it fails every time.
 */
const distinct = new Set<string>();
const DISTINCT_MAX = 1024;

/** `sql\`${table.column}\`` alone: SQLite names such a result column after the column, like the column itself. */
function bareColumn(field: SQL): Column | undefined {
  const parts = field.queryChunks.filter((chunk) => !(is(chunk, StringChunk) && chunk.value.join('').trim() === ''));
  const [only] = parts;
  return parts.length === 1 && is(only, Column) ? only : undefined;
}

/** The name SQLite gives a result column: the alias, the bare column name, or the expression's text. */
function columnName(field: unknown): string | undefined {
  if (is(field, SQL.Aliased)) return field.fieldAlias;
  if (is(field, Column)) return field.name;
  if (is(field, SQL)) return bareColumn(field)?.name ?? dialect.sqlToQuery(field).sql;
  return undefined;
}

/**
 * D1 returns batch rows as objects keyed by column name, and Drizzle maps them back by position:
 * two result columns of the same name (`solutions.id` and `challenges.id`) collapse into one key
 * and every later value shifts into the wrong field (drizzle-orm#6038, fix proposed in #6040).
 * Every batch goes through this check, so such a query fails loudly instead of returning
 * another row's values. Until upstream ships the fix, alias one of the columns.
 */
export function assertUniqueColumns(statements: readonly Prepared[]): void {
  statements.forEach((statement, index) => {
    const fields = statement.fields;
    if (!fields) return;
    const text = statement.getQuery().sql;
    if (distinct.has(text)) return;
    const seen = new Map<string, string>();
    for (const { path, field } of fields) {
      const name = columnName(field);
      if (name === undefined) continue;
      const other = seen.get(name);
      if (other !== undefined) {
        throw new Error(
          `Batched statement ${index + 1} returns two columns named '${name}' (fields '${other}' and '${path.join('.')}'). ` +
            "D1 keys batch rows by column name, so their values would collide. Alias one of them, e.g. sql`…`.as('a_unique_name').",
        );
      }
      seen.set(name, path.join('.'));
    }
    if (distinct.size >= DISTINCT_MAX) distinct.clear();
    distinct.add(text);
  });
}

/**
 * A column under another name, decoded as the column itself (booleans, JSON): how a batched select
 * keeps apart two tables' columns of one name, which `assertUniqueColumns` refuses.
 */
export const renamed = <C extends AnyColumn>(column: C, name: string) => sql`${column}`.mapWith(column).as(name);
