import { and, eq, isNull, sql } from 'drizzle-orm';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidState } from '../errors';
import { juror, syncJurorRecusals } from '../evaluation/recusals';
import { claimNews, confirmByDomain, emailDomain } from '../organizations/affiliation';
import { linkEmail, openLink, stillOpen, usedMeanwhile, useLink, voidOtherLinks } from './email-links';

/** Sends the confirmation link (again) to a signed-in account that has not confirmed its address. */
export async function sendConfirmation(db: Database, actor: SignedIn): Promise<void> {
  if (actor.emailConfirmed) throw invalidState('Your email address is already confirmed.', 'confirmed');
  await runBatch(db, [...linkEmail(db, actor, 'confirm_email')]);
}

/** Only the account that asked for a new address may confirm it: the link alone is not enough. */
export const CHANGE_NEEDS_SIGN_IN =
  'Sign in to the account that asked for this new address, then open the link again. If you did not ask for it, ignore the email: nothing changes.';

/**
 * Opens a confirmation link: confirms the account's address, or (a `change_email` link, only for
 * `signedInAs` that account) makes the new address the account's, confirmed. The link is used up,
 * and the account's other links voided, in the same batch.
 */
export async function confirmAddress(db: Database, secret: string, token: string, signedInAs: string | null) {
  const link = await openLink(db, secret, token, ['confirm_email', 'change_email']);
  // Whoever holds the inbox of the new address must not be able to move someone else's account
  // there (and inherit what waits for that address, such as invitations).
  if (link.purpose === 'change_email' && signedInAs !== link.user_id) {
    throw new DomainError('forbidden', CHANGE_NEEDS_SIGN_IN);
  }
  const open = stillOpen(link.id);
  const now = new Date().toISOString();
  const change = link.purpose === 'change_email';
  if (!change && link.email !== link.account_email) {
    throw invalidState('This link was for an address this account no longer uses.', 'superseded');
  }
  const audited = {
    actorId: link.user_id,
    action: change ? 'user.change_email' : 'user.confirm_email',
    entityType: 'user',
    entityId: link.user_id,
    after: change ? { email: link.email } : { email_confirmed: true },
  } as const;
  try {
    const used = await batchEndingWith(
      db,
      [
        db
          .update(users)
          .set(
            change
              ? { email: link.email, email_confirmed_at: now }
              : { email_confirmed_at: sql`coalesce(${users.email_confirmed_at}, ${now})` },
          )
          .where(and(eq(users.id, link.user_id), open)),
        auditIf(db, audited, open),
        // A claim to an organization that verified this address's domain is confirmed with it.
        ...confirmByDomain(db, link.user_id, emailDomain(link.email), now, open),
        ...syncJurorRecusals(db, juror(link.user_id)),
        // A claim still waiting after that is now worth its deciders' time.
        ...claimNews(db, link.user_id, now, open),
        voidOtherLinks(db, link.user_id, link.id),
      ],
      useLink(db, link.id),
    );
    if (used.length === 0) throw usedMeanwhile();
  } catch (err) {
    if (isUniqueViolation(err, 'users.email')) {
      throw new DomainError(
        'duplicate',
        'Another account uses this address now. Sign in to that one, or choose another address.',
      );
    }
    throw err;
  }
  return { user_id: link.user_id, email: link.email };
}

/** Whether an account still has to confirm its address (for pages that say why something is refused). */
export const unconfirmed = (db: Database, userId: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.email_confirmed_at)))
    .get()
    .then(Boolean);
