import { text } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';

/** Opaque, time-ordered public id (UUIDv7): sortable, never sequential. */
export const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

/** ISO 8601 UTC timestamp stored as text; sorts and compares lexically. */
export const timestamp = (name: string) => text(name);

export const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString());

export const updatedAt = () =>
  timestamp('updated_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString())
    .$onUpdateFn(() => new Date().toISOString());
