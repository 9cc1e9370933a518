import { and, eq, isNull, sql } from 'drizzle-orm';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { auditIf } from '../audit';
import { invalidState } from '../errors';
import { linkEmail, openLink, stillOpen, usedMeanwhile, useLink, voidOtherLinks } from './email-links';
import { hashPassword } from './password';

/**
 * Sends a reset link when an account uses this address; does nothing otherwise. It runs on the
 * queue, after the request has been answered the same way for every address, so neither the
 * answer nor its timing tells whether the account exists.
 */
export async function sendPasswordReset(db: Database, email: string): Promise<void> {
  const user = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    // A deleted account keeps a made-up address no one receives; it is never reset (deletion.ts).
    .where(and(eq(users.email, email), isNull(users.deleted_at)))
    .get();
  if (user) await runBatch(db, [...linkEmail(db, user, 'reset_password')]);
}

/**
 * Sets a new password from a reset link and signs the account out everywhere. The link went to
 * the account's address, so opening it also confirms that address.
 */
export async function resetPassword(db: Database, secret: string, token: string, password: string) {
  const link = await openLink(db, secret, token, ['reset_password']);
  if (link.email !== link.account_email) {
    throw invalidState('This link was for an address this account no longer uses. Ask for a new one.', 'superseded');
  }
  const open = stillOpen(link.id);
  const now = new Date().toISOString();
  const used = await batchEndingWith(
    db,
    [
      db
        .update(users)
        .set({
          password_hash: await hashPassword(password),
          password_changed_at: now,
          email_confirmed_at: sql`coalesce(${users.email_confirmed_at}, ${now})`,
        })
        .where(and(eq(users.id, link.user_id), eq(users.email, link.email), open)),
      db
        .update(sessions)
        .set({ revoked_at: now })
        .where(and(eq(sessions.user_id, link.user_id), isNull(sessions.revoked_at), open)),
      auditIf(
        db,
        { actorId: link.user_id, action: 'user.reset_password', entityType: 'user', entityId: link.user_id },
        open,
      ),
      voidOtherLinks(db, link.user_id, link.id),
    ],
    useLink(db, link.id),
  );
  if (used.length === 0) throw usedMeanwhile();
  return { user_id: link.user_id };
}
