import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { clusters } from './clusters';
import { createdAt, id, timestamp } from './columns';

/**
 * API keys (issue 18): a machine acts as its owner, narrowed to the key's scopes and, for a
 * moderator's or admin's integration, to one cluster. Only a SHA-256 digest of the secret is kept
 * (like sessions); `prefix` is its first characters, to tell keys apart in a list.
 */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    secret_hash: text('secret_hash').notNull(),
    prefix: text('prefix').notNull(),
    /** The scopes granted (worker/policy/api-key-scopes.ts), a JSON array. */
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
    /** Moderation rights reach this cluster only; null: the owner's own. */
    cluster_id: text('cluster_id').references(() => clusters.id, { onDelete: 'cascade' }),
    expires_at: timestamp('expires_at'),
    created_at: createdAt(),
    revoked_at: timestamp('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_keys_secret_uq').on(t.secret_hash),
    index('api_keys_user_idx').on(t.user_id, t.id),
    // A deleted cluster takes its keys with it.
    index('api_keys_cluster_idx').on(t.cluster_id),
  ],
);

/**
 * Use of a key per UTC day, counted by the request that authenticates with it (the daily quota and
 * the owner's usage page), with the current minute's count beside it (the per-minute quota): one
 * upsert per request, in the batch that reads the key.
 */
export const apiKeyUsage = sqliteTable(
  'api_key_usage',
  {
    key_id: text('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD, UTC. */
    day: text('day').notNull(),
    requests: integer('requests').notNull(),
    /** Minutes since the epoch of the last request, and the requests in that minute. */
    minute: integer('minute').notNull(),
    minute_requests: integer('minute_requests').notNull(),
    last_used_at: timestamp('last_used_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key_id, t.day] })],
);
