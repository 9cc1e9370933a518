import type { Context } from 'hono';
import type { AppEnv } from '../../worker/env';

/** Anonymous visitors of a signed-in page go to sign in, and come back to `next` afterwards. */
export const signInFirst = (c: Context<AppEnv>, next: string = c.req.path) =>
  c.redirect(`/signin?next=${encodeURIComponent(next)}`, 303);
