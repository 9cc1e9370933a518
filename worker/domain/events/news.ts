import { and, eq, gt, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { eventRegistrations, events, meetings } from '../../db/schema';
import { type NotificationEvent, notify, people, peopleWith } from '../notifications/notify';

// Who hears of what at a matchmaking event (issue 16), as notifications (inbox, and email by
// their preference): the person asked, of a request; the one who asked, of its acceptance; both,
// the day before, of their meetings.

/** The person asked hears of a new request. */
export const requestNews = (
  request: { id: string; to: string; fromName: string },
  event: { id: string; title: string },
  actorId: string,
  guard: SQL,
): NotificationEvent => ({
  eventId: uuidv7(),
  kind: 'meeting_requested',
  key: `meeting_requested:${request.id}`,
  recipients: people(sql`SELECT ${request.to} AS user_id`),
  challengeId: null,
  params: { event_id: event.id, title: event.title, name: request.fromName },
  actorId,
  guard,
});

/** The one who asked hears that the request was accepted. */
export const acceptedNews = (
  request: { id: string; from: string; toName: string },
  event: { id: string; title: string },
  actorId: string,
  guard: SQL,
): NotificationEvent => ({
  eventId: uuidv7(),
  kind: 'meeting_accepted',
  key: `meeting_accepted:${request.id}`,
  recipients: people(sql`SELECT ${request.from} AS user_id`),
  challengeId: null,
  params: { event_id: event.id, title: event.title, name: request.toName },
  actorId,
  guard,
});

/** Everyone registered, applying or accepted hears that the event is cancelled (the organiser does not). */
export const cancelledNews = (
  event: { id: string; title: string },
  actorId: string,
  guard: SQL,
): NotificationEvent => ({
  eventId: uuidv7(),
  kind: 'event_cancelled',
  key: `event_cancelled:${event.id}`,
  recipients: people(
    sql`SELECT r.user_id FROM ${eventRegistrations} r WHERE r.event_id = ${event.id} AND r.status <> 'declined'`,
  ),
  challengeId: null,
  params: { event_id: event.id, title: event.title },
  actorId,
  guard,
});

/** Reminders go out this long before a meeting. */
export const REMINDER_HOURS = 24;

/**
 * The day before (the cron, every few minutes): everyone with a placed meeting in the next 24
 * hours that was not reminded yet hears once per event, with how many meetings they have and
 * when the first is; then those meetings are marked reminded, in the same batch. A meeting moved
 * by a new schedule is reminded again (its mark is cleared when its time changes).
 */
export async function remindMeetings(db: Database, now = new Date()): Promise<number> {
  const from = now.toISOString();
  const until = new Date(now.getTime() + REMINDER_HOURS * 3_600_000).toISOString();
  const due = and(
    isNull(meetings.reminded_at),
    isNotNull(meetings.starts_at),
    gt(meetings.starts_at, from),
    lte(meetings.starts_at, until),
  );
  const rows = await db
    .selectDistinct({ id: events.id, title: events.title, timezone: events.timezone })
    .from(meetings)
    .innerJoin(events, eq(events.id, meetings.event_id))
    .where(and(due, eq(events.status, 'published')));
  if (rows.length === 0) return 0;
  const statements: BatchItem<'sqlite'>[] = [];
  for (const event of rows) {
    const dueHere = sql`m.event_id = ${event.id} AND m.reminded_at IS NULL AND m.starts_at > ${from} AND m.starts_at <= ${until}`;
    const seats = sql`SELECT m.from_user AS user_id, m.starts_at AS starts_at FROM ${meetings} m WHERE ${dueHere}
      UNION ALL SELECT m.to_user, m.starts_at FROM ${meetings} m WHERE ${dueHere}`;
    statements.push(
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'meeting_reminder',
        key: `meeting_reminder:${event.id}:${from.slice(0, 10)}`,
        recipients: peopleWith(
          sql`SELECT s.user_id AS user_id, json_object('meetings', count(*), 'first', min(s.starts_at)) AS extra
            FROM (${seats}) AS s GROUP BY s.user_id`,
        ),
        challengeId: null,
        params: { event_id: event.id, title: event.title, time_zone: event.timezone },
        actorId: null,
      }),
    );
  }
  statements.push(
    db
      .update(meetings)
      .set({ reminded_at: from })
      .where(
        and(
          due,
          inArray(
            meetings.event_id,
            rows.map((r) => r.id),
          ),
        ),
      ),
  );
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return rows.length;
}
