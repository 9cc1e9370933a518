import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { clusterMemberships, sessions, users } from '../../db/schema';
import type { SignedIn } from '../actor';

/** `__Host-`: the browser keeps it only if Secure, for Path=/ and without Domain (no subdomain can plant it). */
export const SESSION_COOKIE = '__Host-bedside_session';
export const SESSION_TTL_SECONDS = 14 * 24 * 3600;
/** A session unused this long has ended, before its absolute expiry (shared ward PCs). */
export const SESSION_IDLE_SECONDS = 12 * 3600;
/** `last_seen_at` is refreshed at most this often, so reading pages does not cost a write each. */
export const LAST_SEEN_REFRESH_SECONDS = 5 * 60;

const secondsAgo = (now: number, seconds: number) => new Date(now - seconds * 1000).toISOString();

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** Only this digest of a session secret is stored, so a database leak yields no usable cookies. */
export async function hashSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewSession {
  id: string;
  secret: string;
  expiresAt: string;
}

/** A new session row (not yet written): callers put it in their batch. */
export async function prepareSession(db: Database, userId: string, userAgent: string | undefined) {
  const secret = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  const now = Date.now();
  const expiresAt = new Date(now + SESSION_TTL_SECONDS * 1000).toISOString();
  const id = crypto.randomUUID();
  const insert = db.insert(sessions).values({
    id,
    user_id: userId,
    token_hash: await hashSecret(secret),
    user_agent: userAgent?.slice(0, 300) ?? null,
    expires_at: expiresAt,
    last_seen_at: new Date(now).toISOString(),
  });
  return { session: { id, secret, expiresAt } satisfies NewSession, insert };
}

export function revokeSession(db: Database, sessionId: string) {
  return db
    .update(sessions)
    .set({ revoked_at: new Date().toISOString() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revoked_at)));
}

/** What a request's actor is read from: the user's row and the clusters they moderate. */
export const ACTOR_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  kind: users.kind,
  isAdmin: users.is_admin,
  organizationId: users.organization_id,
  confirmedAt: users.email_confirmed_at,
  unread: users.unread_notifications,
  locale: users.locale,
  moderates: sql<string>`(SELECT json_group_array(${clusterMemberships.cluster_id}) FROM ${clusterMemberships}
    WHERE ${clusterMemberships.user_id} = ${users.id} AND ${clusterMemberships.role} = 'moderator')`,
};

type ActorRow = Omit<SignedIn, 'type' | 'emailConfirmed' | 'moderates' | 'via' | 'apiKey'> & {
  confirmedAt: string | null;
  moderates: string;
};

/** The actor of a row read with ACTOR_COLUMNS. */
export function toActor({ confirmedAt, moderates, ...user }: ActorRow, via: SignedIn['via']): SignedIn {
  return {
    type: 'user',
    ...user,
    emailConfirmed: confirmedAt !== null,
    moderates: JSON.parse(moderates) as string[],
    via,
  };
}

/**
 * The live session (unexpired, unrevoked, used within the idle limit) and its user, with moderated
 * clusters, in one query. Its last use is written only when the stored one is a few minutes old.
 */
async function findLive(db: Database, where: ReturnType<typeof eq>, via: SignedIn['via']): Promise<SignedIn | null> {
  const now = Date.now();
  const row = await db
    .select({ sessionId: sessions.id, lastSeenAt: sessions.last_seen_at, ...ACTOR_COLUMNS })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.user_id))
    .where(
      and(
        where,
        isNull(sessions.revoked_at),
        // A sign-in racing the account's deletion may have written a session after the batch.
        isNull(users.deleted_at),
        gt(sessions.expires_at, new Date(now).toISOString()),
        gt(sessions.last_seen_at, secondsAgo(now, SESSION_IDLE_SECONDS)),
      ),
    )
    .get();
  if (!row) return null;
  const { lastSeenAt, ...user } = row;
  const refreshBefore = secondsAgo(now, LAST_SEEN_REFRESH_SECONDS);
  if ((lastSeenAt ?? '') < refreshBefore) {
    // Not audited: a use is no change. The guard makes a parallel request's refresh a no-op.
    await db
      .update(sessions)
      .set({ last_seen_at: new Date(now).toISOString() })
      .where(and(eq(sessions.id, row.sessionId), lt(sessions.last_seen_at, refreshBefore)));
  }
  return toActor(user, via);
}

export const findSessionById = (db: Database, sessionId: string) => findLive(db, eq(sessions.id, sessionId), 'bearer');

export const findSessionBySecret = async (db: Database, secret: string) =>
  findLive(db, eq(sessions.token_hash, await hashSecret(secret)), 'cookie');
