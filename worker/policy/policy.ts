import { Problem } from '../http/problem';
import type { Actor, SignedIn } from './actor';
import { type Decision, isSignedIn } from './decisions';
import { accountRules } from './rules/accounts';
import { challengeRules } from './rules/challenges';
import { solutionRules } from './rules/solutions';

/**
 * The one place that answers "may this actor do this to this resource". Routes and pages ask
 * it; nothing else decides. Rules live per area in ./rules; this file only dispatches.
 */
const RULES = { ...accountRules, ...challengeRules, ...solutionRules };

export type Action = keyof typeof RULES;
type Resource<A extends Action> = Parameters<(typeof RULES)[A]>[1];
type ResourceArg<A extends Action> = Resource<A> extends undefined ? [] : [Resource<A>];

export function decide<A extends Action>(actor: Actor, action: A, ...[resource]: ResourceArg<A>): Decision {
  return (RULES[action] as (actor: Actor, resource: unknown) => Decision)(actor, resource);
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
