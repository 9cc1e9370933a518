import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_KINDS, LANGUAGES, ORGANIZATION_KINDS } from '../enums';
import { createdAt, id, timestamp, updatedAt } from './columns';

export const organizations = sqliteTable(
  'organizations',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2, upper case; '' when unknown so the unique index holds. */
    country: text('country').notNull().default(''),
    created_at: createdAt(),
  },
  (t) => [uniqueIndex('organizations_name_country_uq').on(sql`lower(${t.name})`, t.country)],
);

export const users = sqliteTable(
  'users',
  {
    id: id(),
    /** Trimmed and lower-cased before it is stored. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>` */
    password_hash: text('password_hash').notNull(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    is_admin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    organization_id: text('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    locale: text('locale', { enum: LANGUAGES }),
    password_changed_at: timestamp('password_changed_at'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), index('users_organization_idx').on(t.organization_id)],
);

/** Web and API sessions; only a SHA-256 of the session secret is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    token_hash: text('token_hash').notNull(),
    user_agent: text('user_agent'),
    created_at: createdAt(),
    expires_at: timestamp('expires_at').notNull(),
    revoked_at: timestamp('revoked_at'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_uq').on(t.token_hash),
    index('sessions_user_idx').on(t.user_id),
    index('sessions_expires_idx').on(t.expires_at),
  ],
);

/** Fixed-window counters shared by every isolate (login failures, registrations). */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    window_start: integer('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.window_start] }),
    index('rate_limits_window_idx').on(t.window_start),
    check('rate_limits_count_ck', sql`${t.count} >= 0`),
  ],
);
