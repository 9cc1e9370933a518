import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_KINDS, LANGUAGES, ORGANIZATION_KINDS, ORGANIZATION_SIZES, TOKEN_PURPOSES } from '../enums';
import { createdAt, id, timestamp, updatedAt } from './columns';

export const organizations = sqliteTable(
  'organizations',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    /** ISO 3166-1 alpha-2, upper case; '' when unknown so the unique index holds. */
    country: text('country').notNull().default(''),
    /** Self-declared size (issue 15); null when not told. */
    size: text('size', { enum: ORGANIZATION_SIZES }),
    created_at: createdAt(),
    // Issue 16, the partner directory: the public profile (facets in `organization_facets`).
    region: text('region'),
    /** An https URL. */
    website: text('website'),
    description: text('description'),
    trl_min: integer('trl_min'),
    trl_max: integer('trl_max'),
    /**
     * When the profile went into the public directory; null = not listed. An organization typed
     * at registration is a bare name and stays out until its profile is listed.
     */
    listed_at: timestamp('listed_at'),
    // Issue 16, verified affiliation.
    /**
     * Its home cluster, if any: that cluster's moderators confirm claims and may verify it. Set by
     * the seed or by an admin (PATCH). The migration adds it with `REFERENCES clusters(id) ON DELETE
     * SET NULL`; not declared here, as this file cannot import clusters (which imports users).
     */
    cluster_id: text('cluster_id'),
    /**
     * When a moderator of its home cluster or an admin vouched for it, or an admin verified one of
     * its email domains; null for an organization typed at registration. Only a verified
     * organization is listed in the directory.
     */
    verified_at: timestamp('verified_at'),
    /** Bumped by every profile edit: an edit names the version it was made on (412 when stale). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('organizations_name_country_uq').on(sql`lower(${t.name})`, t.country),
    // The directory's keyset orders (name, id), all of them, or of one kind or country.
    index('organizations_directory_idx').on(t.name, t.id).where(sql`${t.listed_at} IS NOT NULL`),
    // The sitemap's keyset over listed organizations (issue 18).
    index('organizations_listed_idx').on(t.id).where(sql`${t.listed_at} IS NOT NULL`),
    index('organizations_directory_kind_idx').on(t.kind, t.name, t.id).where(sql`${t.listed_at} IS NOT NULL`),
    index('organizations_directory_country_idx').on(t.country, t.name, t.id).where(sql`${t.listed_at} IS NOT NULL`),
    // A cluster's organizations (its moderators decide their claims; a deleted cluster lets go of them).
    index('organizations_cluster_idx').on(t.cluster_id),
    // Added as column CHECKs by ALTER TABLE (migration 0021): never a rebuild of this parent table.
    check('organizations_trl_min_ck', sql`${t.trl_min} BETWEEN 1 AND 9`),
    check('organizations_trl_max_ck', sql`${t.trl_max} BETWEEN 1 AND 9 AND ${t.trl_max} >= coalesce(${t.trl_min}, 1)`),
  ],
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
    /** The language of their emails (and of pages when they have not chosen one). */
    locale: text('locale', { enum: LANGUAGES }),
    password_changed_at: timestamp('password_changed_at'),
    /** Set when they opened the confirmation link; until then they may read but not take part. */
    email_confirmed_at: timestamp('email_confirmed_at'),
    /** IANA time zone: digests arrive in their morning. */
    time_zone: text('time_zone').notNull().default('Europe/Berlin'),
    /** When their next digest is due (UTC), computed from their time zone; the cron reads this index. */
    digest_next_at: timestamp('digest_next_at'),
    /** Tally of unread notifications, kept in the same batch as every change to them. */
    unread_notifications: integer('unread_notifications').notNull().default(0),
    /**
     * Set when they deleted their account (issue 13): the row stays because decided results and
     * others' threads point at it, but name, address and password are gone (domain/accounts/deletion.ts).
     */
    deleted_at: timestamp('deleted_at'),
    created_at: createdAt(),
    updated_at: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(t.email),
    index('users_organization_idx').on(t.organization_id),
    index('users_digest_idx').on(t.digest_next_at),
    // The admins (a handful): "is anyone else an admin?" before an admin deletes their account.
    index('users_admin_idx').on(t.id).where(sql`${t.is_admin} = 1`),
  ],
);

/**
 * Single-use links sent by email (confirm an address, change it, reset a password). The link
 * carries this row's id and an HMAC of it under the LINK_SECRET (domain/links.ts): the database
 * holds nothing that would open a link on its own.
 */
export const emailTokens = sqliteTable(
  'email_tokens',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    /** The address the link was sent to: the account's, or the new one for `change_email`. */
    email: text('email').notNull(),
    expires_at: timestamp('expires_at').notNull(),
    used_at: timestamp('used_at'),
    created_at: createdAt(),
  },
  (t) => [index('email_tokens_user_idx').on(t.user_id, t.purpose)],
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
    /**
     * When it was last used, refreshed at most every few minutes: idle longer than the limit, it
     * has ended. Always written (SQLite cannot add a column defaulting to "now"); NULL is ended.
     */
    last_seen_at: timestamp('last_seen_at'),
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

/**
 * Sign-in guards (issue 13): one row per account address and one per client (IPv4 address or
 * IPv6 /64), counting attempts for 15 minutes from the first. Every attempt is counted before its
 * password is checked (a success is taken back); `locked_until` holds a pause for its full length.
 */
export const signInGuards = sqliteTable(
  'sign_in_guards',
  {
    key: text('key').primaryKey(),
    attempts: integer('attempts').notNull().default(0),
    /** Unix seconds of the first attempt counted in this period. */
    since: integer('since').notNull(),
    /** Unix seconds; no password is checked before it (but see domain/accounts/sign-in.ts). */
    locked_until: integer('locked_until'),
  },
  (t) => [index('sign_in_guards_since_idx').on(t.since), check('sign_in_guards_attempts_ck', sql`${t.attempts} >= 0`)],
);
