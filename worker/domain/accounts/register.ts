import { eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { organizations, users } from '../../db/schema';
import { audit } from '../audit';
import { DomainError } from '../errors';
import type { RegisterInput, User } from './account.schema';
import { hashPassword } from './password';
import { type NewSession, prepareSession } from './sessions';
import { selectUser, toUser } from './users';

/**
 * Creates the account (joining an existing organization of the same name and country, or
 * creating it) and a first session, in one batch: all of it lands or none of it.
 */
export async function registerAccount(
  db: Database,
  input: RegisterInput,
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession }> {
  const userId = uuidv7();
  const org = input.organization;
  const { session, insert: insertSession } = await prepareSession(db, userId, userAgent);
  const organization = org
    ? [db.insert(organizations).values({ name: org.name, kind: org.kind, country: org.country }).onConflictDoNothing()]
    : [];
  try {
    await runBatch(db, [
      ...organization,
      db.insert(users).values({
        id: userId,
        email: input.email,
        name: input.name,
        password_hash: await hashPassword(input.password),
        kind: input.kind,
        // The organization inserted above, or the existing one it collided with.
        organization_id: org
          ? sql`(SELECT id FROM ${organizations} WHERE lower(${organizations.name}) = lower(${org.name}) AND ${organizations.country} = ${org.country})`
          : null,
      }),
      insertSession,
      audit(db, {
        actorId: userId,
        action: 'user.register',
        entityType: 'user',
        entityId: userId,
        after: { kind: input.kind },
      }),
    ]);
    const [row] = await selectUser(db, eq(users.id, userId));
    if (!row) throw new Error('The new user was not found right after it was written.');
    return { user: toUser(row), session };
  } catch (err) {
    if (isUniqueViolation(err, 'users.email')) {
      throw new DomainError(
        'duplicate',
        'An account with this email already exists. Sign in instead, or use another address.',
        {
          errors: [{ path: 'email', message: 'This email is already registered.' }],
        },
      );
    }
    throw err;
  }
}
