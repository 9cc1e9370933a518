import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { notifications, users } from '../../db/schema';
import { outboxInsert } from '../email/outbox';
import { isWeeklyDigestDay, nextDigestAt } from './digest-time';

/** People per digest job: one query reads all their lines, one batch writes all their emails. */
export const DIGESTS_PER_JOB = 40;
/** Lines one digest lists at most (the inbox has the rest). */
export const DIGEST_ITEMS = 50;

/** People whose digest is due (their morning has come), oldest first; the cron hands them to the queue. */
export const dueForDigest = (db: Database, now: Date, limit: number) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(lte(users.digest_next_at, now.toISOString()))
    .orderBy(asc(users.digest_next_at))
    .limit(limit);

const LANGUAGES = ['en', 'de', 'it', 'ro'] as const;
type Language = (typeof LANGUAGES)[number];
const languageOf = (locale: string | null): Language => LANGUAGES.find((l) => l === locale) ?? 'en';

/**
 * Composes the digests of these people at `due`: each gets one email listing what piled up for
 * their daily digest (and, on their Monday, the weekly one) — never an empty one — and their
 * next digest is set to their next morning. Lines, emails and schedule change in one batch, so a
 * retried job neither loses nor repeats a line (the email's idempotency key is person and day).
 */
export async function composeDigests(db: Database, userIds: string[], due: Date): Promise<void> {
  if (userIds.length === 0) return;
  const [people, lines] = await db.batch([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        time_zone: users.time_zone,
        confirmed: users.email_confirmed_at,
      })
      .from(users)
      .where(and(inArray(users.id, userIds), lte(users.digest_next_at, due.toISOString()))),
    db
      .select({
        id: notifications.id,
        user_id: notifications.user_id,
        kind: notifications.kind,
        params: notifications.params,
        challenge_id: notifications.challenge_id,
        digest: notifications.digest,
      })
      .from(notifications)
      .where(
        and(
          inArray(notifications.user_id, userIds),
          isNotNull(notifications.digest),
          isNull(notifications.digested_at),
          lte(notifications.created_at, due.toISOString()),
          // At most DIGEST_ITEMS of each kind of digest per person are read: however much piled up,
          // a job reads a bounded number of rows (the inbox has the rest).
          sql`${notifications.id} IN (SELECT w.id FROM (SELECT n.id, row_number() OVER (
              PARTITION BY n.user_id, n.digest ORDER BY n.id) AS k
            FROM ${notifications} n
            WHERE n.user_id IN ${userIds} AND n.digest IS NOT NULL AND n.digested_at IS NULL
              AND n.created_at <= ${due.toISOString()}) w WHERE w.k <= ${DIGEST_ITEMS})`,
        ),
      )
      .orderBy(asc(notifications.id)),
  ]);
  const statements = [];
  const now = new Date().toISOString();
  for (const person of people) {
    const weekly = isWeeklyDigestDay(person.time_zone, due);
    const theirs = lines.filter((l) => l.user_id === person.id && (l.digest === 'daily' || weekly));
    const kinds = weekly ? ['daily', 'weekly'] : ['daily'];
    if (theirs.length > 0 && person.confirmed) {
      statements.push(
        outboxInsert(db, {
          eventId: uuidv7(),
          idempotencyKey: `digest:${person.id}:${due.toISOString().slice(0, 10)}`,
          userId: person.id,
          to: person.email,
          language: languageOf(person.locale),
          kind: 'digest',
          params: {
            name: person.name,
            items: theirs
              .slice(0, DIGEST_ITEMS)
              .map(({ kind, params, challenge_id }) => ({ kind, params, challenge_id })),
          },
        }),
      );
    }
    // Lines an unconfirmed address would have got are dropped from digests, not saved up for later.
    statements.push(
      db
        .update(notifications)
        .set({ digested_at: now })
        .where(
          and(
            eq(notifications.user_id, person.id),
            isNull(notifications.digested_at),
            inArray(notifications.digest, kinds as ('daily' | 'weekly')[]),
            lte(notifications.created_at, due.toISOString()),
          ),
        ),
      db
        .update(users)
        .set({
          digest_next_at: nextDigestAt(person.time_zone, new Date(Math.max(Date.now(), due.getTime()))),
          updated_at: sql`${users.updated_at}`,
        })
        .where(eq(users.id, person.id)),
    );
  }
  await runBatch(db, statements);
}
