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
