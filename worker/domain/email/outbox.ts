import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { EMAIL_KINDS, LANGUAGES } from '../../db/enums';
import { emailOutbox } from '../../db/schema';

export type EmailKind = (typeof EMAIL_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];

/** After this many failed sends a message is marked failed (and shown to admins) instead of retried. */
export const MAX_ATTEMPTS = 5;

/**
 * Events whose emails a request wrote, per database handle (one per request, cron run or queue
 * batch): whoever owns the handle hands them to the queue once the batch committed (see
 * worker/queue/producer). Losing this list loses nothing: the cron sweep finds unsent rows.
 */
const events = new WeakMap<Database, Set<string>>();

export function rememberEvent(db: Database, eventId: string): void {
  const set = events.get(db) ?? new Set<string>();
  set.add(eventId);
  events.set(db, set);
}

/** The events remembered on this handle, forgotten as they are handed over. */
export function takeEvents(db: Database): string[] {
  const set = events.get(db);
  events.delete(db);
  return set ? [...set] : [];
}

export interface OutgoingEmail {
  eventId: string;
  /** Unique per event and recipient: a second row for it is silently not written. */
  idempotencyKey: string;
  userId: string | null;
  to: string;
  language: Language;
  kind: EmailKind;
  params: Record<string, unknown>;
}

/** The outbox row for one email, for the caller's batch. */
export function outboxInsert(db: Database, email: OutgoingEmail) {
  rememberEvent(db, email.eventId);
  return db
    .insert(emailOutbox)
    .values({
      event_id: email.eventId,
      idempotency_key: email.idempotencyKey,
      user_id: email.userId,
      to_email: email.to,
      language: email.language,
      kind: email.kind,
      params: email.params,
    })
    .onConflictDoNothing();
}

/** Messages of these events still to send. */
export const pendingOf = (db: Database, eventIds: string[]) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.event_id, eventIds), eq(emailOutbox.status, 'pending')));

export type OutboxRow = typeof emailOutbox.$inferSelect;

/**
 * Takes a message for sending: only one consumer can, and only while it is pending, so a message
 * handed to the queue twice is still sent once. Undefined when someone else has it (or sent it).
 */
export async function claim(db: Database, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(emailOutbox)
    .set({ status: 'sending', attempts: sql`${emailOutbox.attempts} + 1`, claimed_at: new Date().toISOString() })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'pending')))
    .returning();
  return row;
}

export const markSent = (db: Database, id: string) =>
  db
    .update(emailOutbox)
    .set({ status: 'sent', sent_at: new Date().toISOString(), last_error: null })
    .where(eq(emailOutbox.id, id));

/** After a failed send: pending again for the next try, or failed for good after MAX_ATTEMPTS. */
export const markFailedAttempt = (db: Database, row: OutboxRow, error: string) =>
  db
    .update(emailOutbox)
    .set({ status: row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', last_error: error.slice(0, 1000) })
    .where(eq(emailOutbox.id, row.id));

export const markEnqueued = (db: Database, eventIds: string[]) =>
  db
    .update(emailOutbox)
    .set({ enqueued_at: new Date().toISOString() })
    .where(and(inArray(emailOutbox.event_id, eventIds), eq(emailOutbox.status, 'pending')));

/**
 * Events with messages the queue seems never to have got (the enqueue after the batch can be
 * lost), or that a consumer took and never finished: pending and not handed over for `minutes`,
 * or sending for longer. The cron hands them to the queue again.
 */
export async function strandedEvents(db: Database, minutes: number, limit = 200): Promise<string[]> {
  const before = new Date(Date.now() - minutes * 60_000).toISOString();
  const rows = await db
    .selectDistinct({ event_id: emailOutbox.event_id })
    .from(emailOutbox)
    .where(
      or(
        and(
          eq(emailOutbox.status, 'pending'),
          lt(emailOutbox.created_at, before),
          or(isNull(emailOutbox.enqueued_at), lt(emailOutbox.enqueued_at, before)),
        ),
        and(eq(emailOutbox.status, 'sending'), lt(emailOutbox.claimed_at, before)),
      ),
    )
    .limit(limit);
  return rows.map((r) => r.event_id);
}

/** A message a consumer took and never finished goes back to pending, so it can be taken again. */
export const releaseStuck = (db: Database, minutes: number) =>
  db
    .update(emailOutbox)
    .set({ status: 'pending' })
    .where(
      and(
        eq(emailOutbox.status, 'sending'),
        lt(emailOutbox.claimed_at, new Date(Date.now() - minutes * 60_000).toISOString()),
      ),
    );

/** Messages in a state (failed ones for admins to look into), newest first, after `beforeId`. */
export const outboxByStatus = (db: Database, status: OutboxRow['status'], limit: number, beforeId?: string) =>
  db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      to_email: emailOutbox.to_email,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      last_error: emailOutbox.last_error,
      created_at: emailOutbox.created_at,
      sent_at: emailOutbox.sent_at,
    })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, status), beforeId ? lt(emailOutbox.id, beforeId) : undefined))
    .orderBy(desc(emailOutbox.id))
    .limit(limit);

/** The newest messages of any state, for the development mailbox; after `beforeId`. */
export const recentOutbox = (db: Database, limit: number, beforeId?: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(beforeId ? lt(emailOutbox.id, beforeId) : undefined)
    .orderBy(desc(emailOutbox.id))
    .limit(limit);

export const outboxMessage = (db: Database, id: string) =>
  db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();
