import { z } from '@hono/zod-openapi';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { webhookAttempts, webhookDeliveries, webhooks } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import type { SignedIn } from '../actor';
import { invalidState, notVisible } from '../errors';
import { decodeCursor, toPage } from '../paging';

const attempts = sql<string>`(SELECT json_group_array(json_object('attempt', a.attempt, 'status_code', a.status_code,
    'duration_ms', a.duration_ms, 'error', a.error, 'at', a.at))
  FROM (SELECT * FROM ${webhookAttempts} WHERE ${webhookAttempts.delivery_id} = ${webhookDeliveries.id}
    ORDER BY ${webhookAttempts.attempt}) AS a)`;

const columns = {
  id: webhookDeliveries.id,
  type: webhookDeliveries.type,
  status: webhookDeliveries.status,
  attempts,
  created_at: webhookDeliveries.created_at,
  delivered_at: webhookDeliveries.delivered_at,
  payload: webhookDeliveries.payload,
};

interface Row {
  id: string;
  type: (typeof webhookDeliveries.type)['_']['data'];
  status: (typeof webhookDeliveries.status)['_']['data'];
  attempts: string;
  created_at: string;
  delivered_at: string | null;
  payload: string;
}
const shape = (row: Row) => ({
  ...row,
  attempts: JSON.parse(row.attempts) as {
    attempt: number;
    status_code: number | null;
    duration_ms: number;
    error: string | null;
    at: string;
  }[],
  payload: JSON.parse(row.payload) as Record<string, unknown>,
});

const mine = (actor: SignedIn, webhookId: string) =>
  sql`EXISTS (SELECT 1 FROM ${webhooks} WHERE ${webhooks.id} = ${webhookId} AND ${webhooks.user_id} = ${actor.id})`;

/** A subscription's deliveries, newest first, each with its attempts: one index range per page. */
export async function listDeliveries(
  db: Database,
  actor: SignedIn,
  webhookId: string,
  page: { limit: number; cursor?: string },
) {
  const after = page.cursor ? decodeCursor(page.cursor, z.tuple([z.string()]))[0] : undefined;
  const [owned, rows] = await db.batch([
    db
      .select({ id: webhooks.id })
      .from(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.user_id, actor.id))),
    db
      .select(columns)
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.webhook_id, webhookId),
          mine(actor, webhookId),
          after ? lt(webhookDeliveries.id, after) : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(page.limit + 1),
  ]);
  if (owned.length === 0) throw notVisible('webhook');
  return toPage(rows, page.limit, (r) => [r.id], shape);
}

/**
 * Sends a delivered or failed delivery again, with a fresh round of retries (the attempts go on
 * counting in its log); the caller hands it to the queue. One still pending is on its way already.
 */
export async function redeliver(db: Database, actor: SignedIn, webhookId: string, id: string) {
  const which = and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.webhook_id, webhookId), mine(actor, webhookId));
  const [current] = await db
    .select({
      status: webhookDeliveries.status,
      off: sql<string | null>`(SELECT ${webhooks.disabled_at} FROM ${webhooks} WHERE ${webhooks.id} = ${webhookId})`,
    })
    .from(webhookDeliveries)
    .where(which);
  if (!current) throw notVisible('delivery');
  if (current.off !== null) {
    throw invalidState(
      'The webhook is switched off: switch it on (PATCH with "enabled": true), then redeliver.',
      'disabled',
    );
  }
  if (current.status === 'pending') {
    throw invalidState('This delivery is still being sent (or waits for its next attempt).', 'pending');
  }
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', leased_until: null, delivered_at: null, next_attempt_at: NOW })
    .where(and(which, eq(webhookDeliveries.status, current.status)))
    .returning(columns);
  if (!row) throw invalidState('This delivery changed meanwhile; read it again.', 'pending');
  return shape(row);
}
