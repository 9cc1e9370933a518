import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { clientAddress } from '../http/client';
import { Problem } from '../http/problem';
import { readLimitsOff } from './limits';

/** Counts one anonymous API read against the client's address; past the limit, 429. */
export async function countAnonymousRead(c: Context<AppEnv>): Promise<void> {
  const limiter = c.env.ANON_READS;
  if (!limiter || readLimitsOff(c.env)) return;
  const { success } = await limiter.limit({ key: clientAddress(c) });
  if (!success) {
    throw new Problem(
      'rate_limited',
      'Too many anonymous API requests from your address. Wait a minute, or sign in and use an access token.',
      { headers: { 'Retry-After': '60' } },
    );
  }
}

/**
 * Anonymous API reads per client address, through the Workers rate-limiting binding. A read the
 * public cache looked up was counted there already (`readCounted`), hit or miss.
 */
export const anonymousReadLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.readCounted && c.var.actor.type === 'anonymous' && c.req.method === 'GET') await countAnonymousRead(c);
  await next();
});
