import { z } from '@hono/zod-openapi';
import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { apiKeys, apiKeyUsage, clusters } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError, notVisible } from '../errors';
import { API_KEY_SCOPES } from './api-key-scopes';
import { hashSecret } from './sessions';

/** Live keys a person holds at most: an integration each, not a key per request. */
export const API_KEYS_PER_USER = 20;
/** Every key's quotas (issue 18): far above a sync job's needs, low enough to stop a runaway loop. */
export const KEY_REQUESTS_PER_MINUTE = 120;
export const KEY_REQUESTS_PER_DAY = 10_000;
/** Days of usage the owner sees. */
export const USAGE_DAYS = 30;

/** `bsk_` lets secret scanners (and people) recognise a Bedside key in a leaked file. */
export const API_KEY_PREFIX = 'bsk_';
export const API_KEY_PATTERN = /^bsk_[A-Za-z0-9_-]{43}$/;

export const ApiKeyInputSchema = z
  .object({
    name: z.string().trim().min(2).max(80).openapi({ example: 'Cluster portal sync' }),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .max(API_KEY_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'Name each scope once.')
      .openapi({ example: ['challenges:read'] }),
    expires_at: z
      .string()
      .datetime({ offset: true })
      .refine(
        (at) => Date.parse(at) > Date.now(),
        'Choose a time in the future, or leave it out for a key that does not expire.',
      )
      .optional()
      .openapi({ example: '2027-06-30T00:00:00Z' }),
    cluster: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .openapi({ description: 'Moderators and admins: the key moderates this cluster only.', example: 'biorn' }),
  })
  .strict()
  .openapi('ApiKeyInput');
export type ApiKeyInput = z.output<typeof ApiKeyInputSchema>;

export const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the secret, to tell keys apart.' }),
    scopes: z.array(z.string()),
    cluster: z.string().nullable(),
    expires_at: z.string().nullable(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
  })
  .openapi('ApiKey');

export const NewApiKeySchema = ApiKeySchema.extend({
  secret: z.string().openapi({
    description: 'Shown once: send it as `Authorization: Bearer <secret>`. Only a digest is kept.',
    example: 'bsk_Qm9vdHN0cmFwIHRoZSBmdXR1cmUgb2YgbWVkaWNpbmU1234',
  }),
}).openapi('NewApiKey');

export const ApiKeyUsageSchema = z
  .object({
    key_id: z.string(),
    per_minute: z.number().int(),
    per_day: z.number().int(),
    days: z.array(z.object({ day: z.string().openapi({ example: '2026-12-01' }), requests: z.number().int() })),
  })
  .openapi('ApiKeyUsage');

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const lastUsed = sql<string | null>`(SELECT ${apiKeyUsage.last_used_at} FROM ${apiKeyUsage}
  WHERE ${apiKeyUsage.key_id} = ${apiKeys.id} ORDER BY ${apiKeyUsage.day} DESC LIMIT 1)`;

const listed = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  cluster: clusters.slug,
  expires_at: apiKeys.expires_at,
  created_at: apiKeys.created_at,
  last_used_at: lastUsed,
};

/** A person's live keys (not revoked), newest first, with when each was last used. */
export const listApiKeys = (db: Database, userId: string) =>
  db
    .select(listed)
    .from(apiKeys)
    .leftJoin(clusters, eq(clusters.id, apiKeys.cluster_id))
    .where(and(eq(apiKeys.user_id, userId), isNull(apiKeys.revoked_at)))
    .orderBy(desc(apiKeys.id))
    .limit(API_KEYS_PER_USER);

/** One of `actor`'s live keys as the list shows it: the query, so a page can batch it with its other reads. */
const ownKey = (db: Database, actor: SignedIn, id: string) =>
  db
    .select(listed)
    .from(apiKeys)
    .leftJoin(clusters, eq(clusters.id, apiKeys.cluster_id))
    .where(and(eq(apiKeys.id, id), eq(apiKeys.user_id, actor.id), isNull(apiKeys.revoked_at)));

/**
 * A new key for `actor`; the secret is in the answer and nowhere else. `clusterId` is the cluster
 * the policy allowed the key to be restricted to (routes check `api_key.restrict`).
 */
export async function createApiKey(db: Database, actor: SignedIn, input: ApiKeyInput, clusterId: string | null) {
  const secret = API_KEY_PREFIX + toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const id = uuidv7();
  // The limit holds in the statement: two creations at once cannot both slip under it.
  const underLimit = sql`(SELECT count(*) FROM ${apiKeys} WHERE ${apiKeys.user_id} = ${actor.id}
    AND ${apiKeys.revoked_at} IS NULL) < ${API_KEYS_PER_USER}`;
  const written = await insertIf(
    db,
    apiKeys,
    {
      id,
      user_id: actor.id,
      name: input.name,
      secret_hash: await hashSecret(secret),
      prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
      scopes: [...new Set(input.scopes)],
      cluster_id: clusterId,
      expires_at: input.expires_at ? new Date(input.expires_at).toISOString() : null,
    },
    underLimit,
  ).returning({ id: apiKeys.id });
  if (written.length === 0) {
    throw new DomainError(
      'invalid_state',
      `You hold ${API_KEYS_PER_USER} API keys already: revoke one you no longer use before creating another.`,
      { details: { current_state: 'full' } },
    );
  }
  const [key] = await ownKey(db, actor, id);
  if (!key) throw new Error('The API key was not found right after it was written.');
  return { ...key, secret };
}

/** Revokes one of `actor`'s keys: the next request with it is a 401. Another's key is absent. */
export async function revokeApiKey(db: Database, actor: SignedIn, id: string) {
  const revoked = await db
    .update(apiKeys)
    .set({ revoked_at: new Date().toISOString() })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.user_id, actor.id), isNull(apiKeys.revoked_at)))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw notVisible('API key');
}

/** One of `actor`'s live keys; another's, a revoked one or none at all is absent alike. */
export async function ownApiKey(db: Database, actor: SignedIn, id: string) {
  const [key] = await ownKey(db, actor, id);
  if (!key) throw notVisible('API key');
  return key;
}

/**
 * One of `actor`'s live keys and its requests per day over the last `USAGE_DAYS` days (days without
 * use left out), read in one batch: the API answers the usage, the key's page shows both.
 */
export async function apiKeyUsageOf(db: Database, actor: SignedIn, id: string) {
  const since = new Date(Date.now() - (USAGE_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const owned = and(eq(apiKeys.id, id), eq(apiKeys.user_id, actor.id), isNull(apiKeys.revoked_at));
  const [[key], days] = await db.batch([
    ownKey(db, actor, id),
    db
      .select({ day: apiKeyUsage.day, requests: apiKeyUsage.requests })
      .from(apiKeyUsage)
      .innerJoin(apiKeys, eq(apiKeys.id, apiKeyUsage.key_id))
      .where(and(owned, eq(apiKeyUsage.key_id, id), gte(apiKeyUsage.day, since)))
      .orderBy(desc(apiKeyUsage.day)),
  ]);
  if (!key) throw notVisible('API key');
  return { key, usage: { key_id: id, per_minute: KEY_REQUESTS_PER_MINUTE, per_day: KEY_REQUESTS_PER_DAY, days } };
}
