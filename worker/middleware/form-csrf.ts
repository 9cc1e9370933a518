import { csrf } from 'hono/csrf';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';

const checkOrigin = csrf();

/**
 * The site's forms post to page routes; a form post (signed in or not, so sign-in CSRF too) must
 * come from this origin. The JSON API has its own defences (JSON-only bodies, the cookie Origin
 * check). One-click unsubscribe is posted by mail providers from elsewhere (RFC 8058): its signed
 * link is its authority, and it can only switch emails off.
 */
export const formCsrf = createMiddleware<AppEnv>((c, next) =>
  c.req.path.startsWith('/api/') || c.req.path === '/unsubscribe' ? next() : checkOrigin(c, next),
);
