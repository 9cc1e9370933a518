import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import type { TOKEN_PURPOSES } from '../../db/enums';
import { emailTokens, users } from '../../db/schema';
import { outboxInsert } from '../email/outbox';
import { DomainError, invalidField, invalidState } from '../errors';
import { linkId, verifyLink } from '../links';

export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** How long each kind of link stays valid. */
export const TOKEN_TTL_SECONDS: Record<TokenPurpose, number> = {
  confirm_email: 24 * 3600,
  change_email: 24 * 3600,
  reset_password: 30 * 60,
};

export interface LinkRecipient {
  id: string;
  email: string;
  name: string;
  locale: string | null;
}

const LANGUAGES = ['en', 'de', 'it', 'ro'] as const;
const languageOf = (locale: string | null) =>
  (LANGUAGES as readonly string[]).includes(locale ?? '') ? (locale as (typeof LANGUAGES)[number]) : 'en';

/**
 * A new single-use link for `user` and the email that carries it, as statements for the
 * caller's batch. The email goes to `to` (the account's address, or the new one being confirmed).
 */
export function linkEmail(db: Database, user: LinkRecipient, purpose: TokenPurpose, to = user.email) {
  const id = uuidv7();
  const expiresAt = new Date(Date.now() + TOKEN_TTL_SECONDS[purpose] * 1000).toISOString();
  return [
    db.insert(emailTokens).values({ id, user_id: user.id, purpose, email: to, expires_at: expiresAt }),
    outboxInsert(db, {
      eventId: uuidv7(),
      idempotencyKey: `${purpose}:${id}`,
      userId: user.id,
      to,
      language: languageOf(user.locale),
      kind: purpose,
      params: { token_id: id, name: user.name, expires_at: expiresAt },
    }),
  ] as const;
}

const notOurs = () =>
  invalidField(
    'token',
    'Not a link Bedside sent, or only part of one.',
    'This link is not one Bedside sent, or it was cut off. Copy the whole link from the email, or ask for a new one.',
  );

/**
 * The token row a link opens, if the link is intact, still unused and unexpired; otherwise an
 * error that says which and what to do. Nothing is changed here: using it happens in the batch.
 */
export async function openLink(db: Database, secret: string, token: string, purposes: readonly TokenPurpose[]) {
  const id = linkId(token);
  if (!id) throw notOurs();
  const row = await db
    .select({
      id: emailTokens.id,
      user_id: emailTokens.user_id,
      purpose: emailTokens.purpose,
      email: emailTokens.email,
      expires_at: emailTokens.expires_at,
      used_at: emailTokens.used_at,
      account_email: users.email,
      confirmed_at: users.email_confirmed_at,
    })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.user_id))
    .where(eq(emailTokens.id, id))
    .get();
  if (!row || !purposes.includes(row.purpose) || !(await verifyLink(secret, token, row.purpose, row.id))) {
    throw notOurs();
  }
  if (row.used_at) {
    throw invalidState('This link was already used. If you still need to, ask for a new one.', 'used');
  }
  if (row.expires_at <= new Date().toISOString()) {
    throw invalidState('This link has expired. Ask for a new one; it will be valid for a while again.', 'expired');
  }
  return row;
}

export type OpenLink = Awaited<ReturnType<typeof openLink>>;

/** Guard for statements in the batch that uses a link: it is still unused and unexpired when the batch runs. */
export const stillOpen = (id: string) =>
  sql`EXISTS (SELECT 1 FROM ${emailTokens} WHERE ${emailTokens.id} = ${id} AND ${emailTokens.used_at} IS NULL
    AND ${emailTokens.expires_at} > ${new Date().toISOString()})`;

/** Marks the link used; last in its batch, its RETURNING tells whether the guarded statements ran. */
export const useLink = (db: Database, id: string) =>
  db
    .update(emailTokens)
    .set({ used_at: new Date().toISOString() })
    .where(
      and(eq(emailTokens.id, id), isNull(emailTokens.used_at), gt(emailTokens.expires_at, new Date().toISOString())),
    )
    .returning({ id: emailTokens.id });

/**
 * Voids every other unused link of the account. In the batch of whatever changes who controls it
 * (a reset, a new password, sign out everywhere, a confirmed address): a link asked for before
 * (say, an address change by someone who knew the old password) must not outlive that change.
 */
export const voidOtherLinks = (db: Database, userId: string, exceptId?: string) =>
  db
    .update(emailTokens)
    .set({ used_at: new Date().toISOString() })
    .where(
      and(
        eq(emailTokens.user_id, userId),
        isNull(emailTokens.used_at),
        exceptId ? ne(emailTokens.id, exceptId) : undefined,
      ),
    );

/** Someone used the same link a moment earlier. */
export const usedMeanwhile = () =>
  new DomainError('invalid_state', 'This link was used a moment ago. If you still need to, ask for a new one.', {
    details: { current_state: 'used' },
  });
