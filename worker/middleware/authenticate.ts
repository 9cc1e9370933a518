import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { invalidToken, verifyAccessToken } from '../auth/tokens';
import { findSessionById, findSessionBySecret, SESSION_COOKIE } from '../domain/accounts/sessions';
import { ANONYMOUS } from '../domain/actor';
import type { AppEnv } from '../env';
import { Problem } from '../http/problem';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BEARER = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*)\s*$/i;

/**
 * Decides `c.var.actor` once per request: a Bearer access token (checked against its live
 * session), else the session cookie, else anonymous. A bad token is a 401, never anonymous.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const token = BEARER.exec(header)?.[1];
    if (!token) throw invalidToken('The Authorization header must be "Bearer <access token>".');
    const claims = await verifyAccessToken(c.env, token);
    const actor = await findSessionById(c.var.db, claims.sessionId);
    if (!actor || actor.id !== claims.userId)
      throw invalidToken('The session of this access token has ended (signed out, expired, or unused for 12 hours).');
    c.set('actor', actor);
    return next();
  }

  const secret = getCookie(c, SESSION_COOKIE);
  const actor = secret ? await findSessionBySecret(c.var.db, secret) : null;
  if (actor && UNSAFE.has(c.req.method)) assertSameOrigin(c.req.header('origin'), c.req.url);
  c.set('actor', actor ?? ANONYMOUS);
  return next();
});

/** CSRF defence for cookie-authenticated writes: the browser's Origin must be our own. */
function assertSameOrigin(origin: string | undefined, url: string): void {
  if (origin !== new URL(url).origin) {
    throw new Problem(
      'forbidden',
      `Cross-site request refused: a signed-in browser request from ${origin ?? 'an unknown origin'} may not change data here. Use the site itself, or an API token.`,
    );
  }
}
