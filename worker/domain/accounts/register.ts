import { eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { insertIf } from '../../db/guarded';
import { organizationMemberships, organizations, users } from '../../db/schema';
import { audit } from '../audit';
import { DomainError } from '../errors';
import { DEFAULT_TIME_ZONE, nextDigestAt } from '../notifications/digest-time';
import type { RegisterInput, User } from './account.schema';
import { linkEmail } from './email-links';
import { hashPassword } from './password';
import { type NewSession, prepareSession } from './sessions';
import { selectUser, toUser } from './users';

/**
 * Creates the account, a first session and the email with its confirmation link, in one batch: all of
 * it lands or none of it. Until the address is confirmed the account reads but does not take part.
 *
 * An organization named at registration (issue 16, verified affiliation): a new one is created,
 * unverified, with the registrant as its confirmed admin (via `created`); an existing one of the
 * same name and country is only claimed: the account has no organization until one of its
 * administrators or a moderator confirms, or its address, once confirmed, is on a domain it verified.
 */
export async function registerAccount(
  db: Database,
  input: RegisterInput,
  userAgent: string | undefined,
): Promise<{ user: User; session: NewSession }> {
  const userId = uuidv7();
  const org = input.organization;
  const locale = input.language ?? null;
  const { session, insert: insertSession } = await prepareSession(db, userId, userAgent);
  // An organization without a country is stored with '' (the column's default), and looked up the
  // same way: an undefined parameter would leave `country = )` in the SQL (found by the fuzz suite).
  const country = org?.country ?? '';
  const orgId = uuidv7();
  // One spelling of a name, so "Charité" typed with a combining accent, in capitals or with two
  // spaces finds the same organization instead of founding a look-alike the typist would administer
  // (SQLite's lower() folds ASCII only: the Unicode lower case is computed here).
  const name = org ? org.name.normalize('NFKC').replace(/\s+/g, ' ').trim() : '';
  const sameName = (o: string) =>
    sql`${sql.raw(o)}.country = ${country} AND (lower(${sql.raw(o)}.name) = lower(${name}) OR lower(${sql.raw(o)}.name) = ${name.toLowerCase()})`;
  const organization = org
    ? [
        insertIf(
          db,
          organizations,
          { id: orgId, name, kind: org.kind, country, size: org.size ?? null },
          sql`NOT EXISTS (SELECT 1 FROM ${organizations} o WHERE ${sameName('o')})`,
        ),
      ]
    : [];
  const now = new Date().toISOString();
  const created = sql`${organizations.id} = ${orgId}`;
  // Its creator's confirmed membership, or a claim to the existing organization it matched (the
  // oldest, should two spellings exist from before names were normalised).
  const membership = org
    ? [
        db.insert(organizationMemberships).select(
          sql`SELECT ${organizations.id}, ${userId}, CASE WHEN ${created} THEN 'admin' ELSE 'member' END,
              CASE WHEN ${created} THEN 'confirmed' ELSE 'claimed' END, CASE WHEN ${created} THEN 'created' END,
              NULL, ${now}, CASE WHEN ${created} THEN ${now} END
            FROM ${organizations}
            WHERE ${created} OR ${sameName('organizations')}
            ORDER BY ${created} DESC, ${organizations.created_at}, ${organizations.id} LIMIT 1`,
        ),
      ]
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
        locale,
        time_zone: DEFAULT_TIME_ZONE,
        digest_next_at: nextDigestAt(DEFAULT_TIME_ZONE),
        // The organization inserted above; none if it collided with an existing one (a claim).
        organization_id: org ? sql`(SELECT id FROM ${organizations} WHERE ${organizations.id} = ${orgId})` : null,
      }),
      ...membership,
      insertSession,
      ...linkEmail(db, { id: userId, email: input.email, name: input.name, locale }, 'confirm_email'),
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
        'An account with this email already exists. Sign in instead; if it is your address and you cannot, reset the password from the sign-in page (the link goes to that address).',
        {
          errors: [{ path: 'email', message: 'This email is already registered: sign in, or reset its password.' }],
        },
      );
    }
    throw err;
  }
}
