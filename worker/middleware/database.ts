import { createMiddleware } from 'hono/factory';
import { createDb } from '../db/client';
import { countQueries, newQueryStats } from '../db/query-stats';
import type { AppEnv } from '../env';
import { deliverWritten } from '../queue/producer';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Opens a D1 session per request (reads may go to a nearby replica, writes start at the
 * primary) and counts its queries. With QUERY_STATS=1 the counts go out in `Server-Timing`.
 * Afterwards it hands the emails the request wrote to the queue.
 */
export const database = createMiddleware<AppEnv>(async (c, next) => {
  const session = c.env.DB.withSession(SAFE_METHODS.has(c.req.method) ? 'first-unconstrained' : 'first-primary');
  const stats = newQueryStats();
  c.set('queryStats', stats);
  const db = createDb(countQueries(session, stats));
  c.set('db', db);
  await next();
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
