import { type Column, is, SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../../../db/client';

/*
 * The export is built inside SQLite (issue 17): each part of the document leaves D1 as a few JSON
 * texts instead of thousands of rows, so the Worker neither maps rows to objects nor stringifies
 * them again; it only joins the texts (document.ts). One batch, so one consistent read as before.
 */

/** What a part's row holds: columns, which keep their meaning in JSON (below), or SQL that already is a JSON value. */
export type JsonFields = Record<string, Column | SQL | SQL.Aliased>;

/**
 * A value as the row-by-row export showed it: Drizzle's boolean columns as true/false (1 is true,
 * anything else false, as Drizzle reads them), JSON columns as the JSON they hold, the rest as stored.
 */
function jsonValue(field: Column | SQL | SQL.Aliased): SQL {
  if (is(field, SQL.Aliased)) return field.sql;
  if (is(field, SQL)) return field;
  if (field.columnType === 'SQLiteBoolean') return jsonBoolean(field);
  if (field.columnType === 'SQLiteTextJson') return sql`json(${field})`;
  return sql`${field}`;
}

/** A boolean column as JSON true or false; null stays null. */
const jsonBoolean = (column: Column) =>
  sql`json(CASE WHEN ${column} IS NULL THEN NULL WHEN ${column} = 1 THEN 'true' ELSE 'false' END)`;

/** A condition as JSON true or false: unknown (a null compared) is false, as `Boolean(null)` was. */
export const jsonTruth = (condition: SQLWrapper) => sql`json(CASE WHEN ${condition} THEN 'true' ELSE 'false' END)`;

/** `json_object('key', value, …)` in the fields' order, the order of the row-by-row export's keys. */
export function jsonObject(fields: JsonFields): SQL<string> {
  // The keys are this module's own identifiers: literals, not bound parameters (D1 binds at most 100).
  const pairs = Object.entries(fields).map(([key, field]) => sql`${sql.raw(`'${key}'`)}, ${jsonValue(field)}`);
  return sql<string>`json_object(${sql.join(pairs, sql`, `)})`;
}

/** A nested array inside a row, from a correlated subquery: `json()` keeps it JSON, not a quoted string. */
export const jsonArrayOf = (subquery: SQL) => sql`json((${subquery}))`;

/**
 * A part's rows, each one JSON object, numbered in the part's order: the inner query of `jsonList`.
 * Select it `from` the part's tables with their joins and filter.
 */
export const jsonRow = (fields: JsonFields, ...order: SQLWrapper[]) => ({
  row: jsonObject(fields).as('row'),
  n: sql<number>`row_number() OVER (ORDER BY ${sql.join(order, sql`, `)})`.as('n'),
});

/** A select of `jsonRow`, whatever its tables: it becomes a subquery. */
interface NumberedRows {
  as(alias: string): unknown;
}

/**
 * D1 refuses a text longer than 2 000 000 bytes (its SQLITE_MAX_LENGTH), also as a query's result:
 * a part is read in pieces of about this many bytes (one row may pass it), joined in the Worker.
 */
export const PIECE_BYTES = 1_000_000;

/**
 * A part as pieces of one JSON array's inside (`{…},{…}`), in order: the rows of `rows`
 * (`jsonRow`) joined in their order, cut where their running length passes each `PIECE_BYTES`.
 * No rows, no pieces. `joinList` makes the array.
 */
export function jsonList(db: Database, rows: NumberedRows, name: string) {
  const numbered = rows.as(`${name}_rows`) as unknown as { row: SQL.Aliased<string>; n: SQL.Aliased<number> };
  const pieces = db
    .select({
      row: sql<string>`${numbered.row}`.as('row'),
      n: sql<number>`${numbered.n}`.as('n'),
      piece: sql<number>`CAST(sum(octet_length(${numbered.row})) OVER (ORDER BY ${numbered.n} ROWS UNBOUNDED PRECEDING)
        / ${sql.raw(String(PIECE_BYTES))} AS INTEGER)`.as('piece'),
    })
    .from(numbered as never)
    .as(`${name}_pieces`);
  return db
    .select({ part: sql<string>`group_concat(${pieces.row}, ',' ORDER BY ${pieces.n})` })
    .from(pieces)
    .groupBy(sql`${pieces.piece}`)
    .orderBy(sql`${pieces.piece}`);
}

/** The JSON array of a part's pieces. */
export const joinList = (pieces: { part: string }[]) => `[${pieces.map((p) => p.part).join(',')}]`;

/** A part that is one object (or none: null), from `db.select({ part: jsonObject(…) })`. */
export const joinOne = (rows: { part: string }[]) => rows[0]?.part ?? 'null';

/** One part of the document: a list read in pieces, or one object (or null). */
export type Part = { kind: 'list' | 'one'; query: BatchItem<'sqlite'> };
/** Parts in the document's order; a nested record is an object of parts (`events`). */
export type Parts = { [key: string]: Part | Parts };

export const listPart = (db: Database, name: string, rows: NumberedRows): Part => ({
  kind: 'list',
  query: jsonList(db, rows, name),
});
export const onePart = (query: BatchItem<'sqlite'>): Part => ({ kind: 'one', query });
