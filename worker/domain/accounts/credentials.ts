import { and, eq, isNull, ne } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { invalidField } from '../errors';
import { linkEmail, voidOtherLinks } from './email-links';
import { hashPassword, verifyPassword } from './password';

/** The current password must be right before anything about the account's credentials changes. */
async function assertPassword(db: Database, actor: SignedIn, password: string): Promise<void> {
  const row = await db.select({ hash: users.password_hash }).from(users).where(eq(users.id, actor.id)).get();
  if (!row || !(await verifyPassword(password, row.hash))) {
    throw invalidField(
      'current_password',
      'This is not your current password.',
      'Your current password is not right. Nothing was changed.',
    );
  }
}

const revokeOthers = (db: Database, actor: SignedIn, now: string) =>
  db
    .update(sessions)
    .set({ revoked_at: now })
    .where(and(eq(sessions.user_id, actor.id), isNull(sessions.revoked_at), ne(sessions.id, actor.sessionId)));

/** A new password; every other session ends (this one stays signed in). */
export async function changePassword(db: Database, actor: SignedIn, current: string, next: string): Promise<void> {
  await assertPassword(db, actor, current);
  const now = new Date().toISOString();
  await runBatch(db, [
    db
      .update(users)
      .set({ password_hash: await hashPassword(next), password_changed_at: now })
      .where(eq(users.id, actor.id)),
    revokeOthers(db, actor, now),
    voidOtherLinks(db, actor.id),
    audit(db, { actorId: actor.id, action: 'user.change_password', entityType: 'user', entityId: actor.id }),
  ]);
}

/** "Sign out everywhere": every session of the account ends, this one too. */
export async function signOutEverywhere(db: Database, actor: SignedIn): Promise<void> {
  const now = new Date().toISOString();
  await runBatch(db, [
    db
      .update(sessions)
      .set({ revoked_at: now })
      .where(and(eq(sessions.user_id, actor.id), isNull(sessions.revoked_at))),
    voidOtherLinks(db, actor.id),
    audit(db, { actorId: actor.id, action: 'user.sign_out_everywhere', entityType: 'user', entityId: actor.id }),
  ]);
}

/**
 * A new address takes effect only once its confirmation link is opened (see verification). The
 * answer is the same whether or not another account uses it: then no link is sent, so this
 * form cannot tell who has an account.
 */
export async function requestEmailChange(db: Database, actor: SignedIn, email: string, password: string) {
  await assertPassword(db, actor, password);
  if (email === actor.email) throw invalidField('email', 'This is already your address.');
  const taken = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!taken) await runBatch(db, [...linkEmail(db, actor, 'change_email', email)]);
}
