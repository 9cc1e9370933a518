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

/** Runs `then` only if `first` allowed. */
export const andThen = (first: Decision, then: () => Decision): Decision => (first.allow ? then() : first);
