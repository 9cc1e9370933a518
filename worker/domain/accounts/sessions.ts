import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { clusterMemberships, sessions, users } from '../../db/schema';
import type { SignedIn } from '../actor';

export const SESSION_COOKIE = 'bedside_session';
export const SESSION_TTL_SECONDS = 14 * 24 * 3600;

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
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000).toISOString();
  const id = crypto.randomUUID();
  const insert = db.insert(sessions).values({
    id,
    user_id: userId,
    token_hash: await hashSecret(secret),
    user_agent: userAgent?.slice(0, 300) ?? null,
    expires_at: expiresAt,
  });
  return { session: { id, secret, expiresAt } satisfies NewSession, insert };
}

export function revokeSession(db: Database, sessionId: string) {
  return db
    .update(sessions)
    .set({ revoked_at: new Date().toISOString() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revoked_at)));
}

/** The live (unexpired, unrevoked) session and its user, with moderated clusters, in one query. */
async function findLive(db: Database, where: ReturnType<typeof eq>, via: SignedIn['via']): Promise<SignedIn | null> {
  const row = await db
    .select({
      sessionId: sessions.id,
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
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.user_id))
    .where(and(where, isNull(sessions.revoked_at), gt(sessions.expires_at, new Date().toISOString())))
    .get();
  if (!row) return null;
  const { confirmedAt, ...user } = row;
  return {
    type: 'user',
    ...user,
    emailConfirmed: confirmedAt !== null,
    moderates: JSON.parse(row.moderates) as string[],
    via,
  };
}

export const findSessionById = (db: Database, sessionId: string) => findLive(db, eq(sessions.id, sessionId), 'bearer');

export const findSessionBySecret = async (db: Database, secret: string) =>
  findLive(db, eq(sessions.token_hash, await hashSecret(secret)), 'cookie');
