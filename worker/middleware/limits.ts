import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Bindings } from '../env';
import { clientAddress } from '../http/client';
import { Problem } from '../http/problem';

/**
 * Limits on signed-in writes and on catalogue searches, counted by the Workers rate-limiting
 * bindings (wrangler.toml `[[ratelimits]]`: WRITES, SEARCHES; fixed windows of 60 s per key, per
 * Cloudflare location). Without a binding there is no limit (as for ANON_READS).
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SEARCHED_TOO_OFTEN = 'You have searched too often in a short time. Wait a minute, then search again.';

/**
 * `npm run bench` measures reads many times a second as one person or client, so it switches the
 * read limits off (`ANON_READ_LIMIT=off`): anonymous reads, searches, data downloads and API keys'
 * quotas (still counted: middleware/authenticate.ts).
 */
export const readLimitsOff = (env: Bindings) => env.ANON_READ_LIMIT === 'off';
/** Signing out always works, limit or not (shared ward PCs). */
const SIGN_OUT = new Set(['/signout', '/api/v1/auth/logout', '/me/account/sign-out-everywhere']);
/** The binding's period, in seconds: the longest anyone waits. */
const PERIOD_SECONDS = 60;

async function within(limiter: RateLimit | undefined, key: string, detail: string) {
  if (!limiter) return;
  const { success } = await limiter.limit({ key });
  if (!success) throw new Problem('rate_limited', detail, { headers: { 'Retry-After': String(PERIOD_SECONDS) } });
}

/**
 * Every change a signed-in person makes (API and page forms: questions, reports, invitations,
 * solutions, transitions, scores …) counts against that person, whatever address they use.
 * Anonymous writes (sign-in, registration, reset) have their own limits in D1; signing out is never
 * refused.
 */
export const writeLimit = createMiddleware<AppEnv>(async (c, next) => {
  const actor = c.var.actor;
  if (actor.type === 'user' && !SAFE_METHODS.has(c.req.method) && !SIGN_OUT.has(c.req.path)) {
    await within(
      c.env.WRITES,
      `user:${actor.id}`,
      'You have made too many changes in a short time. Wait a minute, then try again.',
    );
  }
  await next();
});

const isSearch = (c: Context<AppEnv>) =>
  !readLimitsOff(c.env) && SAFE_METHODS.has(c.req.method) && (c.req.query('q') ?? '').trim() !== '';

/** An anonymous search of the catalogue page that the public cache looked up, hit or miss (public-cache.ts). */
export async function countAnonymousSearch(c: Context<AppEnv>): Promise<void> {
  if (isSearch(c)) await within(c.env.SEARCHES, `client:${clientAddress(c)}`, SEARCHED_TOO_OFTEN);
}

/**
 * Searches of the challenge catalogue and partner directory pages (`/challenges?q=`,
 * `/partners?q=`): per person when signed in, per client (IPv4 address or IPv6 /64) when not.
 * Browsing without words is not a search.
 */
export const searchLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.readCounted && isSearch(c)) {
    const actor = c.var.actor;
    await within(
      c.env.SEARCHES,
      actor.type === 'user' ? `user:${actor.id}` : `client:${clientAddress(c)}`,
      SEARCHED_TOO_OFTEN,
    );
  }
  await next();
});
