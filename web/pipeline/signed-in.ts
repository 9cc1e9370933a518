import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
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
 * reaches pages that anyone may see.
 */
export const signedIn = createMiddleware<SignedInEnv>(async (c, next) => {
  const actor = c.var.actor;
  if (actor.type !== 'user') return c.redirect(`/signin?next=${encodeURIComponent(comeBackTo(c))}`, 303);
  c.set('user', actor);
  await next();
});
