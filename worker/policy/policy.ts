import { type Actor, isSignedIn, type SignedIn } from '../domain/actor';
import { DomainError } from '../domain/errors';
import type { Decision } from './decisions';
import { accountRules } from './rules/accounts';
import { attachmentRules } from './rules/attachments';
import { callRules } from './rules/calls';
import { challengeRules } from './rules/challenges';
import { clusterRules } from './rules/clusters';
import { conversationRules } from './rules/conversations';
import { cooperationRules } from './rules/cooperations';
import { evaluationRules } from './rules/evaluation';
import { eventRules } from './rules/events';
import { impactRules } from './rules/impact';
import { invitationRules } from './rules/invitations';
import { matchRules } from './rules/matches';
import { moderationRules } from './rules/moderation';
import { notificationRules } from './rules/notifications';
import { organizationRules } from './rules/organizations';
import { peopleRules } from './rules/people';
import { solutionRules } from './rules/solutions';
import { webhookRules } from './rules/webhooks';

/**
 * The one place that answers "may this actor do this to this resource" (who; the life cycle
 * in the domain says when). The access layer, routes and pages ask it; nothing else decides.
 * Rules live per area in ./rules, named like the folders everywhere else; this file dispatches.
 */
const RULES = {
  ...accountRules,
  ...clusterRules,
  ...challengeRules,
  ...solutionRules,
  ...evaluationRules,
  ...moderationRules,
  ...invitationRules,
  ...notificationRules,
  ...attachmentRules,
  ...impactRules,
  ...callRules,
  ...cooperationRules,
  ...peopleRules,
  ...organizationRules,
  ...matchRules,
  ...eventRules,
  ...conversationRules,
  ...webhookRules,
};

export type Action = keyof typeof RULES;
type Resource<A extends Action> = Parameters<(typeof RULES)[A]>[1];
type ResourceArg<A extends Action> = Resource<A> extends undefined ? [] : [Resource<A>];

export function decide<A extends Action>(actor: Actor, action: A, ...[resource]: ResourceArg<A>): Decision {
  return (RULES[action] as (actor: Actor, resource: unknown) => Decision)(actor, resource);
}

export const can = <A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>) =>
  decide(actor, action, ...resource).allow;

/** A refusal as the error the HTTP layer turns into 401, 403 or 404. */
export const refusal = (decision: Extract<Decision, { allow: false }>) =>
  new DomainError(decision.status, decision.reason);

/** Throws the refusal (401, 403 or 404) unless the action is allowed. */
export function authorize<A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>): void {
  const decision = decide(actor, action, ...resource);
  if (!decision.allow) throw refusal(decision);
}

/** The signed-in actor, or 401 saying what signing in is for. For lists and reads that only need a user. */
export function requireUser(actor: Actor, what: string): SignedIn {
  if (!isSignedIn(actor)) throw new DomainError('unauthorized', `Sign in to ${what}.`);
  return actor;
}

/** `authorize` for actions only signed-in users can take; returns the actor, narrowed. */
export function authorizeUser<A extends Action>(actor: Actor, action: A, ...resource: ResourceArg<A>): SignedIn {
  authorize(actor, action, ...resource);
  return requireUser(actor, 'do this');
}
