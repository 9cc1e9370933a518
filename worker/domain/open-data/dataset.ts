import type { Database } from '../../db/client';

/** One cell of an open-data row: a list is joined with "; " in CSV and stays an array in JSON. */
export type Cell = string | number | boolean | null | readonly string[];
export type Row = Record<string, Cell>;

/** Rows per page: each page is one query, and at most about two pages are in memory at once. */
export const PAGE_SIZE = 500;

/** The licence of every dataset (product decision, issue 15 §6 question 9). */
export const LICENCE = 'CC-BY-4.0';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * One open-data dataset: its columns in order, and a keyset page of its rows. A page holds the
 * public rows whose `key` is above `after` and that existed at `asOf` (fixed when the export starts,
 * so rows written meanwhile neither appear nor shift pages), ordered by `key`, at most `limit`.
 */
export interface Dataset {
  columns: readonly string[];
  /** The column holding the row's stable id (a UUIDv7), which the pages follow. */
  key: string;
  page(db: Database, after: string, asOf: string, limit: number): Promise<Row[]>;
}
