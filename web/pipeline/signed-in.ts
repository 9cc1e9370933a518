import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { clearSessionCookie } from '../../worker/auth/session-cookie';
import { SESSION_COOKIE } from '../../worker/domain/accounts/sessions';
import type { SignedIn } from '../../worker/domain/actor';
import type { Bindings, Variables } from '../../worker/env';

/** What pages behind `signedIn` read: `c.var.user`, the signed-in actor. */
export interface SignedInEnv {
  Bindings: Bindings;
  Variables: Variables & { user: SignedIn };
}

/** A header's URL, or undefined when it is missing or not a URL at all (a crafted header must not be a 500). */
function parsed(value: string | undefined, base: URL): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** Where to come back to after signing in: this page, or for a form post the page it was posted from. */
function comeBackTo(c: Context): string {
  const url = new URL(c.req.url);
  if (c.req.method === 'GET') return url.pathname + url.search;
  const from = parsed(c.req.header('referer'), url);
  return from && from.origin === url.origin ? from.pathname + from.search : '/me';
}

/**
 * For pages only signed-in users see: anonymous visitors go to sign in (and come back
 * afterwards); everyone else finds themselves as `c.var.user`. Used per route, so it never
 * reaches pages that anyone may see. A session cookie that no longer signs anyone in (idle too
 * long, expired, signed out elsewhere) is dropped, and the sign-in page says why.
 */
export const signedIn = createMiddleware<SignedInEnv>(async (c, next) => {
  const actor = c.var.actor;
  if (actor.type !== 'user') {
    const signIn = `/signin?next=${encodeURIComponent(comeBackTo(c))}`;
    if (getCookie(c, SESSION_COOKIE) === undefined) return c.redirect(signIn, 303);
    clearSessionCookie(c);
    return c.redirect(`${signIn}&session=ended`, 303);
  }
  c.set('user', actor);
  await next();
});
