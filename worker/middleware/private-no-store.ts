import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { SESSION_COOKIE } from '../domain/accounts/sessions';
import type { AppEnv } from '../env';

const OPEN_DATA = /^\/api\/v1\/open-data(\/|$)/;

/**
 * Nothing answered to someone signed in is kept by any cache, the browser's own included: ward
 * PCs are shared, and Back after signing out must not show what the last person read. It covers
 * every response to a request that carries credentials (a session cookie or an Authorization
 * header, live or not), errors and redirects included, and every response that sets a cookie
 * (signing in). Anonymous public pages keep the caching their handlers chose.
 *
 * Open data (`/api/v1/open-data`) is the exception: it is the same for everyone and holds nothing
 * personal, so its successful answers stay `public` whoever asks.
 */
export const privateNoStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (OPEN_DATA.test(c.req.path) && c.res.ok && !c.res.headers.has('set-cookie')) return;
  const credentials = c.req.header('authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined;
  if (credentials || c.res.headers.has('set-cookie')) c.res.headers.set('Cache-Control', 'no-store');
});
