import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { clientAddress } from '../http/client';
import { Problem } from '../http/problem';
import { readLimitsOff } from './limits';

/** Anonymous API reads per client address, through the Workers rate-limiting binding. */
export const anonymousReadLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limiter = c.env.ANON_READS;
  if (limiter && !readLimitsOff(c.env) && c.var.actor.type === 'anonymous' && c.req.method === 'GET') {
    const { success } = await limiter.limit({ key: clientAddress(c) });
    if (!success) {
      throw new Problem(
        'rate_limited',
        'Too many anonymous API requests from your address. Wait a minute, or sign in and use an access token.',
        { headers: { 'Retry-After': '60' } },
      );
    }
  }
  await next();
});
