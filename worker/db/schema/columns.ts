import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';

/** Opaque, time-ordered public id (UUIDv7): sortable, never sequential. */
export const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

/** ISO 8601 UTC timestamp stored as text; sorts and compares lexically. */
export const timestamp = (name: string) => text(name);

/** The database's "now" in the same format as `Date.prototype.toISOString()`. */
export const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const createdAt = (name = 'created_at') => timestamp(name).notNull().default(NOW);

export const updatedAt = () =>
  timestamp('updated_at')
    .notNull()
    .default(NOW)
    .$onUpdateFn(() => NOW);

/**
 * A UUIDv7 made by SQLite, for the rows one INSERT … SELECT writes for many people at once
 * (notifications, emails): the same layout as `uuidv7()`, ordered by the millisecond it was made.
 */
export const SQL_UUIDV7 = sql`lower(
  substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 1, 8) || '-' ||
  substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 9, 4) || '-7' ||
  substr(hex(randomblob(2)), 2, 3) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' ||
  hex(randomblob(6)))`;
