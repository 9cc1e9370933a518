import { type Actor, isSignedIn } from '../domain/actor';
import { notVisibleMessage } from '../domain/errors';

/** What a rule answers; `not_found` hides that a thing exists from those who may not see it. */
export type Decision =
  | { allow: true }
  | { allow: false; status: 'unauthorized' | 'forbidden' | 'not_found'; reason: string };

export const ALLOW: Decision = { allow: true };
export const signInFirst = (reason: string): Decision => ({ allow: false, status: 'unauthorized', reason });
export const forbid = (reason: string): Decision => ({ allow: false, status: 'forbidden', reason });
/** 404 with exactly the words used when the thing does not exist. */
export const hide = (what: string): Decision => ({
  allow: false,
  status: 'not_found',
  reason: notVisibleMessage(what),
});

export const signedIn = (what: string) => (actor: Actor) =>
  isSignedIn(actor) ? ALLOW : signInFirst(`Sign in to ${what}.`);

export const adminOnly = (what: string) => (actor: Actor) =>
  !isSignedIn(actor)
    ? signInFirst(`Sign in as an admin to ${what}.`)
    : actor.isAdmin
      ? ALLOW
      : forbid(`Only admins may ${what}.`);

export const CONFIRM_FIRST =
  'Confirm your email address first: open the link we emailed you, or ask for a new one on your page.';

/**
 * Taking part (posting, submitting, asking, endorsing, judging) needs a confirmed address: an
 * unconfirmed one may be someone else's, registered before its owner was invited.
 */
export const whenConfirmed = (actor: Actor): Decision =>
  isSignedIn(actor) && actor.emailConfirmed ? ALLOW : forbid(CONFIRM_FIRST);

/** Runs `then` only if `first` allowed. */
export const andThen = (first: Decision, then: () => Decision): Decision => (first.allow ? then() : first);
