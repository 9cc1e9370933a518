import { eq } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';
import { DomainError } from '../errors';
import {
  type Attempt,
  type Counter,
  clearGuard,
  countAttempt,
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_CLIENT,
  pausedError,
  takeBackAttempt,
} from '../rate-limit';
import type { User } from './account.schema';
import { hashPassword, verifyPassword } from './password';
import { type NewSession, prepareSession, revokeSession } from './sessions';
import { selectUser, toUser } from './users';

const WHAT = 'failed sign-in attempts';

/**
 * Checks the password and opens a session.
 *
 * Every attempt is counted against the account address and the client (an IPv4 address or an
 * IPv6 /64) in one batch *before* the password is checked, each by one statement that adds and
 * returns, so parallel guesses each get their own number. The attempt that reaches the limit (5
 * per account, 20 per client) sets a pause of 15 minutes from then, stored as a time; if it
 * succeeds, the pause goes with it. A success takes its count back: only failures remain.
 *
 * A paused account would let anyone keep its owner out for good (5 wrong guesses every 15
 * minutes). So a pause on an account does not stop a client that has not failed in the current
 * period (this attempt is its first one): it may try, and the right password lifts the pause. A
 * wrong one counts against that client, which is then no longer clean. Each clean client (each
 * IPv4 address, each IPv6 /64) thus gets one guess at a paused account per 15 minutes, and at
 * most 20 across all accounts; a client's own pause is never lifted this way.
 */
export async function signIn(
  db: Database,
  credentials: { email: string; password: string },
  client: string,
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession }> {
  const account: Counter = { limit: LOGIN_FAILURES_PER_ACCOUNT, subject: credentials.email };
  const from: Counter = { limit: LOGIN_FAILURES_PER_CLIENT, subject: client };
  const now = Math.floor(Date.now() / 1000);
  const [[accountAttempt], [clientAttempt]] = await db.batch([
    countAttempt(db, account, now),
    countAttempt(db, from, now),
  ]);
  const over = (a: Attempt | undefined, counter: Counter) => (a?.attempts ?? 0) > counter.limit.max;
  if (over(clientAttempt, from)) throw pausedError(from, clientAttempt?.lockedUntil ?? now, now, WHAT);
  const cleanClient = clientAttempt?.attempts === 1;
  if (over(accountAttempt, account) && !cleanClient) {
    throw pausedError(account, accountAttempt?.lockedUntil ?? now, now, WHAT);
  }

  const [row] = await selectUser(db, eq(users.email, credentials.email));
  // Hash anyway for unknown emails, so response time does not tell which accounts exist.
  const valid = row
    ? await verifyPassword(credentials.password, row.password_hash)
    : await hashPassword('x').then(() => false);
  if (!row || !valid) {
    throw new DomainError(
      'unauthorized',
      `The email or password is wrong. Check both and try again; after ${LOGIN_FAILURES_PER_ACCOUNT.max} failed attempts sign-in pauses for 15 minutes.`,
    );
  }
  const { session, insert } = await prepareSession(db, row.id, userAgent);
  await runBatch(db, [insert, clearGuard(db, account), takeBackAttempt(db, from)]);
  return { user: toUser(row), session };
}

export const signOut = (db: Database, sessionId: string) => revokeSession(db, sessionId);
