import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { apiKeys, apiKeyUsage, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError } from '../errors';
import { KEY_REQUESTS_PER_DAY, KEY_REQUESTS_PER_MINUTE } from './api-keys';
import { ACTOR_COLUMNS, hashSecret, toActor } from './sessions';

/** Where a key stands against its quotas after this request, for the `RateLimit` headers. */
export interface KeyQuota {
  minuteRemaining: number;
  minuteReset: number;
  dayRemaining: number;
  dayReset: number;
}

export const QUOTA_POLICY = `"minute";q=${KEY_REQUESTS_PER_MINUTE};w=60, "day";q=${KEY_REQUESTS_PER_DAY};w=86400`;

/** What a request over a quota is told: which one, and how long to wait. */
export function overQuota(over: 'minute' | 'day', q: KeyQuota) {
  const wait = over === 'day' ? q.dayReset : q.minuteReset;
  const what =
    over === 'day' ? `${KEY_REQUESTS_PER_DAY} requests a day` : `${KEY_REQUESTS_PER_MINUTE} requests a minute`;
  return {
    wait,
    message: `This API key has used its ${what}. Try again in ${wait} seconds; the RateLimit header says where each quota stands.`,
  };
}

export const quotaHeaders = (q: KeyQuota) => ({
  'RateLimit-Policy': QUOTA_POLICY,
  RateLimit: `"minute";r=${q.minuteRemaining};t=${q.minuteReset}, "day";r=${q.dayRemaining};t=${q.dayReset}`,
});

const invalidKey = (message: string) => new DomainError('unauthorized', message);

/**
 * The actor of an API key: its owner as they are now (their roles read live, so a key never has
 * more rights than its owner at the time of use), narrowed to the key's scopes and cluster. The
 * request is counted against the key's quotas in the same round trip; `over` names a quota it passed.
 */
export async function actorOfApiKey(
  db: Database,
  secret: string,
): Promise<{ actor: SignedIn; quota: KeyQuota; over: 'minute' | 'day' | null }> {
  const now = new Date();
  const iso = now.toISOString();
  const day = iso.slice(0, 10);
  const minute = Math.floor(now.getTime() / 60_000);
  const hash = await hashSecret(secret);
  const [, rows] = await db.batch([
    // Only a usable key is counted; the read below says why another is refused.
    db
      .insert(apiKeyUsage)
      .select(sql`SELECT k.id, ${day}, 1, ${minute}, 1, ${iso} FROM ${apiKeys} k JOIN ${users} u ON u.id = k.user_id
        WHERE k.secret_hash = ${hash} AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ${iso})
          AND u.deleted_at IS NULL`)
      .onConflictDoUpdate({
        target: [apiKeyUsage.key_id, apiKeyUsage.day],
        set: {
          requests: sql`${apiKeyUsage.requests} + 1`,
          minute_requests: sql`CASE WHEN ${apiKeyUsage.minute} = excluded.minute THEN ${apiKeyUsage.minute_requests} + 1 ELSE 1 END`,
          minute: sql`excluded.minute`,
          last_used_at: sql`excluded.last_used_at`,
        },
      }),
    db
      .select({
        ...ACTOR_COLUMNS,
        keyId: sql<string>`${apiKeys.id}`.as('key_id'),
        scopes: apiKeys.scopes,
        clusterId: apiKeys.cluster_id,
        revokedAt: apiKeys.revoked_at,
        expiresAt: apiKeys.expires_at,
        deletedAt: users.deleted_at,
        requests: apiKeyUsage.requests,
        minute: apiKeyUsage.minute,
        minuteRequests: apiKeyUsage.minute_requests,
      })
      .from(apiKeys)
      .innerJoin(users, eq(users.id, apiKeys.user_id))
      .leftJoin(apiKeyUsage, and(eq(apiKeyUsage.key_id, apiKeys.id), eq(apiKeyUsage.day, day)))
      .where(eq(apiKeys.secret_hash, hash)),
  ]);
  const row = rows[0];
  if (!row || row.deletedAt)
    throw invalidKey('This API key is not known. Check that it was copied whole, or create a new one on your page.');
  if (row.revokedAt)
    throw invalidKey(`This API key was revoked on ${row.revokedAt.slice(0, 10)}. Create a new one on your page.`);
  if (row.expiresAt && row.expiresAt <= iso) {
    throw invalidKey(`This API key expired on ${row.expiresAt.slice(0, 10)}. Create a new one on your page.`);
  }
  const inMinute = row.minute === minute ? (row.minuteRequests ?? 0) : 0;
  const today = row.requests ?? 0;
  const secondsLeftInMinute = 60 - now.getUTCSeconds();
  const secondsLeftInDay = Math.ceil((Date.parse(`${day}T00:00:00Z`) + 86_400_000 - now.getTime()) / 1000);
  const quota: KeyQuota = {
    minuteRemaining: Math.max(0, KEY_REQUESTS_PER_MINUTE - inMinute),
    minuteReset: secondsLeftInMinute,
    dayRemaining: Math.max(0, KEY_REQUESTS_PER_DAY - today),
    dayReset: secondsLeftInDay,
  };
  const over = today > KEY_REQUESTS_PER_DAY ? 'day' : inMinute > KEY_REQUESTS_PER_MINUTE ? 'minute' : null;
  const {
    keyId,
    scopes,
    clusterId,
    revokedAt: _r,
    expiresAt: _e,
    deletedAt: _d,
    requests: _q,
    minute: _m,
    minuteRequests: _n,
    ...user
  } = row;
  const owner = toActor({ ...user, sessionId: keyId }, 'api-key');
  // A key restricted to a cluster moderates that cluster at most, and is nobody's admin.
  const moderates = clusterId === null ? owner.moderates : owner.moderates.filter((c) => c === clusterId);
  const narrowed =
    clusterId === null ? owner : { ...owner, isAdmin: false, moderates: owner.isAdmin ? [clusterId] : moderates };
  return { actor: { ...narrowed, apiKey: { id: keyId, scopes, clusterId } }, quota, over };
}
