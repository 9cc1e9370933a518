import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { users, webhookAttempts, webhookDeliveries, webhooks } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import { ACTOR_COLUMNS, toActor } from '../accounts/sessions';
import type { SignedIn } from '../actor';
import { notify, people } from '../notifications/notify';
import type { TargetCheck } from './manage';
import { refusedAnswers, refusedTarget } from './target';

/** Deliveries in a row that failed every attempt before the subscription is switched off. */
export const DISABLE_AFTER = 5;
/** How long a consumer holds a delivery it sends (the fetch times out well before). */
const LEASE_MS = 60_000;
const FETCH_TIMEOUT_MS = 10_000;
const ERROR_MAX = 300;

/**
 * Seconds before each retry after a failed attempt: the Standard Webhooks schedule (5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h), about a day and a half in all; `WEBHOOK_RETRY_SECONDS` (a comma
 * list) replaces it where waiting is pointless (tests, development). At most the queue's
 * `max_retries` (10, wrangler.toml) entries.
 */
export function retrySchedule(vars: { WEBHOOK_RETRY_SECONDS?: string }): number[] {
  const given = vars.WEBHOOK_RETRY_SECONDS?.split(',').map((s) => Number(s.trim()));
  if (given?.length && given.every((n) => Number.isInteger(n) && n >= 0)) return given.slice(0, 10);
  return [5, 300, 1800, 7200, 18000, 36000, 36000];
}

/** How targets are checked where the Worker runs: loopback only with WEBHOOKS_ALLOW_LOOPBACK=on, never resolved then. */
export const targetCheckOf = (vars: { WEBHOOKS_ALLOW_LOOPBACK?: string }): TargetCheck => {
  const dev = vars.WEBHOOKS_ALLOW_LOOPBACK === 'on';
  return { loopback: dev, resolve: !dev };
};

/** A delivery this consumer holds, with its subscription and the subscriber as they are now. */
export interface LeasedDelivery {
  id: string;
  webhookId: string;
  type: string;
  subjectId: string;
  payload: string;
  attempt: number;
  url: string;
  secret: string;
  disabled: boolean;
  subscriber: SignedIn;
}

/**
 * Takes a pending delivery for one attempt (counting it), unless another consumer holds it or it
 * is no longer pending: the queue delivers a job at least once, a delivery is sent by one.
 */
export async function leaseDelivery(db: Database, id: string): Promise<LeasedDelivery | null> {
  const now = new Date();
  const until = new Date(now.getTime() + LEASE_MS).toISOString();
  const [, rows] = await db.batch([
    db
      .update(webhookDeliveries)
      .set({ leased_until: until, attempts: sql`${webhookDeliveries.attempts} + 1` })
      .where(
        and(
          eq(webhookDeliveries.id, id),
          eq(webhookDeliveries.status, 'pending'),
          or(isNull(webhookDeliveries.leased_until), lt(webhookDeliveries.leased_until, now.toISOString())),
        ),
      ),
    db
      .select({
        webhookId: webhookDeliveries.webhook_id,
        type: webhookDeliveries.type,
        subjectId: webhookDeliveries.subject_id,
        payload: webhookDeliveries.payload,
        attempt: webhookDeliveries.attempts,
        url: webhooks.url,
        secret: webhooks.secret,
        disabledAt: webhooks.disabled_at,
        ...ACTOR_COLUMNS,
      })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhook_id))
      .innerJoin(users, eq(users.id, webhooks.user_id))
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.leased_until, until))),
  ]);
  const row = rows[0];
  if (!row) return null;
  const { webhookId, type, subjectId, payload, attempt, url, secret, disabledAt, ...user } = row;
  // The subscriber as a machine acting for them (`api-key`): what they may see is asked of the policy.
  const subscriber = toActor({ ...user, sessionId: webhookId }, 'api-key');
  return { id, webhookId, type, subjectId, payload, attempt, url, secret, disabled: disabledAt !== null, subscriber };
}

/** What one attempt came to. */
export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * One signed POST of the payload (Standard Webhooks: `webhook-id` is the delivery's id, the same on
 * every attempt; `webhook-timestamp` this attempt's time; `webhook-signature` over both and the
 * body). The target is checked again first (its DNS answers may have changed since it was saved).
 * A redirect is not followed and counts as a failure, like any answer outside 2xx.
 */
export async function sendDelivery(delivery: LeasedDelivery, check: TargetCheck): Promise<AttemptResult> {
  const started = Date.now();
  const result = (statusCode: number | null, error: string | null): AttemptResult => ({
    ok: error === null,
    statusCode,
    durationMs: Date.now() - started,
    error: error && error.length > ERROR_MAX ? `${error.slice(0, ERROR_MAX - 1)}…` : error,
  });
  try {
    const refused =
      refusedTarget(delivery.url, check) ??
      (check.resolve ? await refusedAnswers(new URL(delivery.url).hostname) : null);
    if (refused) return result(null, `Not sent: ${refused}`);
    const at = new Date();
    const res = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Bedside-Webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(delivery.secret).sign(delivery.id, at, delivery.payload),
      },
      body: delivery.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // The answer's body is not read: only its status counts.
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return result(res.status, null);
    return result(
      res.status,
      res.status >= 300 && res.status < 400
        ? `Answered ${res.status}: redirects are not followed; point the webhook at the final URL.`
        : `Answered ${res.status}.`,
    );
  } catch (err) {
    return result(null, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
}

/**
 * How an attempt ends: `delivered`; `retry` (the queue tries again later); `failed` (no tries
 * left: a failure in a row for the subscription, which is switched off at DISABLE_AFTER, its
 * owner told in the same batch); `off` (the subscription was switched off since: not sent).
 */
export type Outcome = 'delivered' | 'retry' | 'failed' | 'off';

/**
 * Logs the attempt and moves the delivery (and its subscription's failure count) on, in one batch.
 * `retryIn`: seconds until the queue tries a `retry` again, when the delivery is next due.
 */
export async function recordAttempt(
  db: Database,
  d: LeasedDelivery,
  result: AttemptResult,
  outcome: Outcome,
  retryIn = 0,
) {
  const now = new Date().toISOString();
  const nextAttemptAt = outcome === 'retry' ? new Date(Date.parse(now) + retryIn * 1000).toISOString() : null;
  const delivery = eq(webhookDeliveries.id, d.id);
  const hook = eq(webhooks.id, d.webhookId);
  const dueToDisable = sql`EXISTS (SELECT 1 FROM ${webhooks} WHERE ${hook}
    AND ${webhooks.consecutive_failures} >= ${DISABLE_AFTER} AND ${webhooks.disabled_at} IS NULL)`;
  await db.batch([
    db
      .insert(webhookAttempts)
      .values({
        delivery_id: d.id,
        attempt: d.attempt,
        status_code: result.statusCode,
        duration_ms: result.durationMs,
        error: result.error,
      })
      .onConflictDoNothing(),
    db
      .update(webhookDeliveries)
      .set({
        leased_until: null,
        next_attempt_at: nextAttemptAt,
        ...(outcome === 'delivered' ? { status: 'delivered', delivered_at: now } : {}),
        ...(outcome === 'failed' || outcome === 'off' ? { status: 'failed' } : {}),
      })
      .where(delivery),
    db
      .update(webhooks)
      .set({
        consecutive_failures:
          outcome === 'delivered'
            ? 0
            : outcome === 'failed'
              ? sql`${webhooks.consecutive_failures} + 1`
              : sql`${webhooks.consecutive_failures}`,
      })
      .where(hook),
    ...notify(db, {
      eventId: uuidv7(),
      kind: 'webhook_disabled',
      key: `webhook_disabled:${d.webhookId}:${now}`,
      recipients: people(sql`SELECT ${webhooks.user_id} AS user_id FROM ${webhooks} WHERE ${hook}`),
      challengeId: null,
      params: { url: d.url, failures: DISABLE_AFTER, webhook_id: d.webhookId },
      actorId: null,
      guard: outcome === 'failed' ? dueToDisable : sql`0`,
    }),
    db
      .update(webhooks)
      .set({ disabled_at: NOW })
      .where(and(hook, isNull(webhooks.disabled_at), sql`${webhooks.consecutive_failures} >= ${DISABLE_AFTER}`)),
  ]);
}

/** Forgets a delivery its subscriber may no longer see (the event never reached them). */
export const dropDelivery = (db: Database, id: string) =>
  db.delete(webhookDeliveries).where(eq(webhookDeliveries.id, id));

/** Deliveries of these events not yet tried: the deliver job hands each to the queue. */
export const untriedDeliveries = (db: Database, events: string[]) =>
  db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        sql`${webhookDeliveries.event_id} IN (SELECT value FROM json_each(${JSON.stringify(events)}))`,
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, 0),
      ),
    );

/**
 * Pending deliveries overdue by `minutes` (their queue message was lost: the send after the batch
 * failed, or a consumer died holding it), oldest first, at most `limit`: due again from now, so
 * the next run leaves them to the queue; the cron hands their ids to it. A lost message starts a
 * fresh round of retries, as a redelivery does.
 */
export async function strandedDeliveries(db: Database, now: Date, minutes: number, limit: number) {
  const overdue = new Date(now.getTime() - minutes * 60_000).toISOString();
  const rows = await db
    .update(webhookDeliveries)
    .set({ next_attempt_at: now.toISOString() })
    .where(
      inArray(
        webhookDeliveries.id,
        db
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(and(eq(webhookDeliveries.status, 'pending'), lt(webhookDeliveries.next_attempt_at, overdue)))
          .orderBy(asc(webhookDeliveries.next_attempt_at))
          .limit(limit),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.map((r) => r.id);
}
