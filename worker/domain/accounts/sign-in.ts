import { eq } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';
import { DomainError } from '../errors';
import {
  assertUnderLimits,
  type Counter,
  clearCounter,
  countHits,
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_CLIENT,
} from '../rate-limit';
import type { User } from './account.schema';
import { hashPassword, verifyPassword } from './password';
import { type NewSession, prepareSession, revokeSession } from './sessions';
import { selectUser, toUser } from './users';

/**
 * Checks the password and opens a session. Failures count against the account and the client
 * address (D1 windows); at the limit the answer is 429 with Retry-After, before any password check.
 */
export async function signIn(
  db: Database,
  credentials: { email: string; password: string },
  client: string,
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession }> {
  const counters: Counter[] = [
    { limit: LOGIN_FAILURES_PER_ACCOUNT, subject: credentials.email },
    { limit: LOGIN_FAILURES_PER_CLIENT, subject: client },
  ];
  await assertUnderLimits(db, counters, 'failed sign-in attempts');

  const [row] = await selectUser(db, eq(users.email, credentials.email));
  // Hash anyway for unknown emails, so response time does not tell which accounts exist.
  const valid = row
    ? await verifyPassword(credentials.password, row.password_hash)
    : await hashPassword('x').then(() => false);
  if (!row || !valid) {
    await runBatch(db, countHits(db, counters));
    throw new DomainError(
      'unauthorized',
      `The email or password is wrong. Check both and try again; after ${LOGIN_FAILURES_PER_ACCOUNT.max} failed attempts sign-in pauses for 15 minutes.`,
    );
  }
  const { session, insert } = await prepareSession(db, row.id, userAgent);
  await runBatch(db, [insert, clearCounter(db, counters[0]!)]);
  return { user: toUser(row), session };
}

export const signOut = (db: Database, sessionId: string) => revokeSession(db, sessionId);
