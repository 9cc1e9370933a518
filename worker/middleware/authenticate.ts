import type { Context, Next } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { invalidToken, verifyAccessToken } from '../auth/tokens';
import { actorOfApiKey, overQuota, quotaHeaders } from '../domain/accounts/api-key-auth';
import { API_KEY_PATTERN } from '../domain/accounts/api-keys';
import { findSessionById, findSessionBySecret, SESSION_COOKIE } from '../domain/accounts/sessions';
import { ANONYMOUS } from '../domain/actor';
import type { AppEnv } from '../env';
import { isApiPath } from '../halves';
import { Problem } from '../http/problem';
import { decideKeyScope } from '../policy/api-key-scopes';
import { refusal } from '../policy/policy';
import { readLimitsOff } from './limits';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BEARER = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*|bsk_[\w-]*)\s*$/i;

/**
 * Decides `c.var.actor` once per request: a Bearer access token (checked against its live
 * session) or API key, else the session cookie, else anonymous. Bad credentials are a 401, never
 * anonymous.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const token = BEARER.exec(header)?.[1];
    if (!token) throw invalidToken('The Authorization header must be "Bearer <access token>" or "Bearer <API key>".');
    if (token.startsWith('bsk_')) return withApiKey(c, token, next);
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

/**
 * A machine with an API key (issue 18): the API only (pages are for people), counted against the
 * key's quotas, and refused before the route when the key's scopes do not reach it.
 */
async function withApiKey(c: Context<AppEnv>, secret: string, next: Next) {
  if (!API_KEY_PATTERN.test(secret))
    throw invalidToken('This is not a whole Bedside API key (bsk_ and 43 more characters).');
  if (!isApiPath(c.req.path)) {
    throw invalidToken('API keys work with the API (/api/v1/…) only; sign in to use the site.');
  }
  const { actor, quota, over } = await actorOfApiKey(c.var.db, secret);
  // The bench reads with one key thousands of times a minute: with its read limits off the quotas
  // are counted (the upsert it measures) but not enforced.
  if (over && !readLimitsOff(c.env)) {
    const { wait, message } = overQuota(over, quota);
    throw new Problem('rate_limited', message, { headers: { 'Retry-After': String(wait), ...quotaHeaders(quota) } });
  }
  c.set('actor', actor);
  const decision = decideKeyScope(actor, c.req.method, c.req.path);
  if (!decision.allow) throw refusal(decision);
  await next();
  for (const [name, value] of Object.entries(quotaHeaders(quota))) c.res.headers.set(name, value);
}

/** CSRF defence for cookie-authenticated writes: the browser's Origin must be our own. */
function assertSameOrigin(origin: string | undefined, url: string): void {
  if (origin !== new URL(url).origin) {
    throw new Problem(
      'forbidden',
      `Cross-site request refused: a signed-in browser request from ${origin ?? 'an unknown origin'} may not change data here. Use the site itself, or an API token.`,
    );
  }
}
