import { Hono } from 'hono';
import { exportAccount, exportFileName } from '../../../worker/domain/accounts/export';
import { exportLimits, hitAllOrThrow } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { readLimitsOff } from '../../../worker/middleware/limits';
import { signedIn } from '../../pipeline/signed-in';

/**
 * The "Download my data" link of the settings page: the same JSON as `GET /api/v1/me/export`,
 * for the session cookie, as a file to keep. Anonymous visitors go to sign in and come back here.
 */
export const dataPages = new Hono<AppEnv>().get('/me/account/data.json', signedIn, async (c) => {
  // Over the limit: the error page says when to come back (429, Retry-After), in the page language.
  if (!readLimitsOff(c.env)) await hitAllOrThrow(c.var.db, exportLimits(c.var.user.id), 'data downloads');
  const data = await exportAccount(c.var.db, c.var.user);
  return c.body(data.json, 200, {
    'Content-Type': 'application/json',
    'Content-Disposition': `attachment; filename="${exportFileName(data)}"`,
    'Cache-Control': 'private, no-store',
  });
});
