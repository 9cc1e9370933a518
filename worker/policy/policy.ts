import { Problem } from '../http/problem';
import type { Actor, SignedIn } from './actor';

/**
 * The one place that answers "may this actor do this to this resource". Routes and pages ask it;
 * nothing else decides. `hide` answers 404 so that confidential things do not reveal they exist.
 */
export type Decision =
  | { allow: true }
  | { allow: false; status: 'unauthorized' | 'forbidden' | 'not_found'; reason: string };

const ALLOW: Decision = { allow: true };
const signInFirst = (reason: string): Decision => ({ allow: false, status: 'unauthorized', reason });
const forbid = (reason: string): Decision => ({ allow: false, status: 'forbidden', reason });
export const hide = (reason = 'It does not exist or is not visible to you.'): Decision => ({
  allow: false,
  status: 'not_found',
  reason,
});

export const isSignedIn = (actor: Actor): actor is SignedIn => actor.type === 'user';
export const isAdmin = (actor: Actor) => isSignedIn(actor) && actor.isAdmin;
export const moderates = (actor: Actor, clusterId: string) =>
  isSignedIn(actor) && (actor.isAdmin || actor.moderates.includes(clusterId));

const signedIn = (what: string) => (actor: Actor) => (isSignedIn(actor) ? ALLOW : signInFirst(`Sign in to ${what}.`));

const adminOnly = (what: string) => (actor: Actor) =>
  !isSignedIn(actor)
    ? signInFirst(`Sign in as an admin to ${what}.`)
    : actor.isAdmin
      ? ALLOW
      : forbid(`Only admins may ${what}.`);

/** The resource each action is judged on (`undefined`: the action needs none). */
export interface Resources {
  'session.end': undefined;
  'me.read': undefined;
  'cluster.create': undefined;
  'cluster.moderators.manage': undefined;
}
export type Action = keyof Resources;

type Rules = { [A in Action]: (actor: Actor, resource: Resources[A]) => Decision };

const RULES: Rules = {
  'session.end': signedIn('sign out'),
  'me.read': signedIn('see your account'),
  'cluster.create': adminOnly('create clusters'),
  'cluster.moderators.manage': adminOnly('appoint or remove moderators'),
};

type ResourceArg<A extends Action> = Resources[A] extends undefined ? [] : [Resources[A]];

export function decide<A extends Action>(actor: Actor, action: A, ...[resource]: ResourceArg<A>): Decision {
  return RULES[action](actor, resource as Resources[A]);
}

export const can = <A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>) =>
  decide(actor, action, ...resource).allow;

/** Throws the matching problem (401 with WWW-Authenticate, 403 or 404) unless the action is allowed. */
export function authorize<A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>): void {
  const decision = decide(actor, action, ...resource);
  if (decision.allow) return;
  throw new Problem(decision.status, decision.reason, {
    headers: decision.status === 'unauthorized' ? { 'WWW-Authenticate': 'Bearer realm="bedside"' } : undefined,
  });
}

/** `authorize` for actions only signed-in users can take; returns the actor, narrowed. */
export function authorizeUser<A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>): SignedIn {
  authorize(actor, action, ...resource);
  if (!isSignedIn(actor)) {
    throw new Problem('unauthorized', 'Sign in first.', { headers: { 'WWW-Authenticate': 'Bearer realm="bedside"' } });
  }
  return actor;
}
