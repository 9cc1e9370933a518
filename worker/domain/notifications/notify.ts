import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { emailOutbox, notifications, users } from '../../db/schema';
import { NOW, SQL_UUIDV7 } from '../../db/schema/columns';
import { rememberEvent } from '../email/outbox';
import { fireWebhooks } from '../webhooks/fire';
import { DEFAULT_CHANNELS, type NotificationKind } from './kinds';

/** What one change tells people: the same rows in every inbox it reaches, and their emails. */
export interface NotificationEvent {
  /** Groups the notifications and emails this change causes (the queue delivers by event). */
  eventId: string;
  kind: NotificationKind;
  /**
   * A stable name of what happened (e.g. `question_answered:<question id>:<answered at>`): an
   * email's idempotency key is this and its recipient, so one event never mails anyone twice.
   */
  key: string;
  /** The recipients, as SQL with a `user_id` and an `extra` column (see `people` and `peopleWith`). */
  recipients: SQL;
  challengeId: string | null;
  /** What the line says (titles, names); rendered in each reader's language when read. */
  params: Record<string, string | number | null>;
  /** Who caused it: never told of their own action. */
  actorId: string | null;
  /** Written only if this still holds when the batch runs, like the change it reports. */
  guard?: SQL;
  /** False when the change sends its own email (an invitation): then only the inbox line. */
  email?: boolean;
}

/** Recipients from a SELECT of user ids named `user_id`. */
export const people = (userIds: SQL) => sql`SELECT ids.user_id AS user_id, NULL AS extra FROM (${userIds}) AS ids`;

/** Recipients from a SELECT of `user_id` and `extra`: a JSON object added to this person's params. */
export const peopleWith = (rows: SQL) => rows;

/**
 * The statements that deliver `event`: one inbox line per recipient (not the actor), an outbox
 * email for those who take this kind at once (confirmed addresses only), and their unread tally.
 * They go into the batch of the change itself, so the change and the news of it land together;
 * the queue sends the emails after the batch (see email/outbox `rememberEvent`). Kinds that are
 * also webhook events record their deliveries here too (domain/webhooks/fire.ts), under the same guard.
 */
export function notify(db: Database, event: NotificationEvent) {
  rememberEvent(db, event.eventId);
  const guard = event.guard ?? sql`1`;
  const defaultChannel = DEFAULT_CHANNELS[event.kind];
  // One row per person, whatever the SELECT returned (a solver with two solutions hears once).
  const recipients = sql`SELECT r.user_id, max(r.extra) AS extra FROM (${event.recipients}) AS r
    WHERE r.user_id IS NOT NULL ${event.actorId ? sql`AND r.user_id <> ${event.actorId}` : sql``} GROUP BY r.user_id`;
  const withChannel = sql`SELECT rc.user_id, rc.extra,
      coalesce((SELECT p.channel FROM notification_preferences p WHERE p.user_id = rc.user_id AND p.kind = ${event.kind}),
        ${defaultChannel}) AS channel
    FROM (${recipients}) AS rc`;
  const params = sql`json_patch(${JSON.stringify(event.params)}, coalesce(rw.extra, '{}'))`;
  // Emails are rendered away from the notification row, so theirs also say which challenge.
  const emailParams = sql`json_patch(${JSON.stringify({ ...event.params, challenge_id: event.challengeId })}, coalesce(rw.extra, '{}'))`;
  return [
    // Column order as declared in the schema: Drizzle's INSERT … SELECT lists them all.
    db
      .insert(notifications)
      .select(
        sql`SELECT ${SQL_UUIDV7}, rw.user_id, ${event.eventId}, ${event.kind}, ${event.challengeId}, ${params}, NULL,
          CASE rw.channel WHEN 'daily' THEN 'daily' WHEN 'weekly' THEN 'weekly' END, NULL, ${NOW}
        FROM (${withChannel}) AS rw WHERE ${guard}`,
      )
      .onConflictDoNothing(),
    db
      .insert(emailOutbox)
      .select(
        sql`SELECT ${SQL_UUIDV7}, ${event.eventId}, ${event.key} || ':' || rw.user_id, rw.user_id, u.email,
          coalesce(u.locale, 'en'), ${event.kind}, ${emailParams}, 'pending', 0, NULL, NULL, NULL, NULL, ${NOW}
        FROM (${withChannel}) AS rw JOIN users u ON u.id = rw.user_id
        WHERE rw.channel = 'instant' AND u.email_confirmed_at IS NOT NULL AND ${event.email === false ? sql`0` : sql`1`}
          AND ${guard}`,
      )
      .onConflictDoNothing(),
    refreshUnread(
      db,
      inArray(
        users.id,
        db.select({ id: notifications.user_id }).from(notifications).where(eq(notifications.event_id, event.eventId)),
      ),
    ),
    ...fireWebhooks(db, { ...event, guard }),
  ] as const;
}

/** Recounts the unread tally of the users matching `which` (after notifications were added or read). */
export const refreshUnread = (db: Database, which: SQL | undefined) =>
  db
    .update(users)
    .set({
      unread_notifications: sql`(SELECT count(*) FROM ${notifications} n WHERE n.user_id = ${users.id} AND n.read_at IS NULL)`,
    })
    .where(which);
