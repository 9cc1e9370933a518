import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { createDb, knownBookmark } from '../db/client';
import { countQueries, newQueryStats } from '../db/query-stats';
import { SESSION_COOKIE } from '../domain/accounts/sessions';
import type { AppEnv } from '../env';
import { deliverWritten } from '../queue/producer';
import { purgeAfterWrite } from './public-cache';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The D1 bookmark travels in this header for API clients (Cloudflare's name) … */
const BOOKMARK_HEADER = 'x-d1-bookmark';
/** … and in this cookie for browsers, set by a page write so the redirect after it reads it. */
const BOOKMARK_COOKIE = '__Host-d1_bookmark';
/** Far longer than replicas lag behind; after that the primary has long been copied everywhere. */
const BOOKMARK_COOKIE_SECONDS = 300;

/**
 * Opens a D1 session per request and counts its queries. With QUERY_STATS=1 the counts go out
 * in `Server-Timing`. Afterwards it hands the emails the request wrote to the queue.
 *
 * Where the session starts (read-your-writes with read replicas): a write starts at the primary;
 * a read with the bookmark of the client's last write reads from any replica that has it; a read
 * by someone signed in without one starts at the primary too (an API client that drops the
 * header must still find its session, edits and scores), and only anonymous reads without one go to the nearest replica. The
 * session's bookmark goes back in `x-d1-bookmark` on every API answer and, after a page write,
 * in a short-lived cookie.
 */
export const database = createMiddleware<AppEnv>(async (c, next) => {
  const safe = SAFE_METHODS.has(c.req.method);
  // The latest of the client's own (header or cookie) and the public cache's last purge (public-cache.ts).
  const bookmark = [c.req.header(BOOKMARK_HEADER), getCookie(c, BOOKMARK_COOKIE), c.var.publicBookmark]
    .map(knownBookmark)
    .reduce((latest, next) => (next && (!latest || next > latest) ? next : latest), undefined);
  const signedIn = c.req.header('authorization') !== undefined || getCookie(c, SESSION_COOKIE) !== undefined;
  const session = c.env.DB.withSession(
    !safe ? 'first-primary' : (bookmark ?? (signedIn ? 'first-primary' : 'first-unconstrained')),
  );
  const stats = newQueryStats();
  c.set('queryStats', stats);
  const db = createDb(countQueries(session, stats));
  c.set('db', db);
  await next();
  const latest = knownBookmark(session.getBookmark());
  if (!safe) await purgeAfterWrite(c, latest);
  if (latest && c.req.path.startsWith('/api/')) c.header(BOOKMARK_HEADER, latest);
  else if (latest && !safe) {
    setCookie(c, BOOKMARK_COOKIE, latest, {
      httpOnly: true,
      secure: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: BOOKMARK_COOKIE_SECONDS,
    });
  }
  // Emails the request's batches wrote go to the queue once the response is on its way.
  c.executionCtx.waitUntil(
    deliverWritten(c.env, db).catch((err: unknown) =>
      console.error(
        JSON.stringify({ level: 'error', job: 'enqueue', request_id: c.var.requestId, error: String(err) }),
      ),
    ),
  );
  if (c.env.QUERY_STATS === '1') {
    c.res.headers.append(
      'Server-Timing',
      `d1;dur=${stats.millis};desc="calls=${stats.calls} statements=${stats.statements}"`,
    );
  }
});
