import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { notifications, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { refreshUnread } from './notify';

/** A page of a person's notifications, newest first, after `beforeId`; and their unread tally. Batchable. */
export const inboxQuery = (db: Database, userId: string, limit: number, beforeId?: string) =>
  db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      challenge_id: notifications.challenge_id,
      params: notifications.params,
      read_at: notifications.read_at,
      created_at: notifications.created_at,
    })
    .from(notifications)
    .where(and(eq(notifications.user_id, userId), beforeId ? lt(notifications.id, beforeId) : undefined))
    .orderBy(desc(notifications.id))
    .limit(limit);

export const unreadCount = (db: Database, userId: string) =>
  db.select({ count: users.unread_notifications }).from(users).where(eq(users.id, userId));

/** Marks some (`ids`) or all of a person's notifications read; the unread tally follows in the same batch. */
export async function markRead(db: Database, actor: SignedIn, which: { ids?: string[]; all?: boolean }) {
  const now = new Date().toISOString();
  const mine = and(eq(notifications.user_id, actor.id), isNull(notifications.read_at));
  const statements = [];
  if (which.all) statements.push(db.update(notifications).set({ read_at: now }).where(mine));
  // D1 binds at most 100 parameters a statement: long lists go in slices.
  const ids = which.all ? [] : (which.ids ?? []);
  for (let i = 0; i < ids.length; i += 90) {
    statements.push(
      db
        .update(notifications)
        .set({ read_at: now })
        .where(and(mine, inArray(notifications.id, ids.slice(i, i + 90)))),
    );
  }
  statements.push(refreshUnread(db, eq(users.id, actor.id)));
  await runBatch(db, statements);
  const [row] = await unreadCount(db, actor.id);
  return { unread_count: row?.count ?? 0 };
}
