import { type Actor, isSignedIn, moderates, moderatesAny } from '../../domain/actor';
import { ALLOW, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, ReportFacts } from '../resources';
import { visibleThen } from './challenges';

export const moderationRules = {
  /** Anyone signed in flags what they can see (the access layer checks they can see it). */
  // A report reaches every moderator of the cluster: confirmed accounts only.
  'report.create': (actor: Actor) =>
    isSignedIn(actor) ? whenConfirmed(actor) : signInFirst('Sign in to report content.'),
  'report.resolve': (actor: Actor, report: ReportFacts): Decision =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a moderator.')
      : moderates(actor, report.cluster_id)
        ? ALLOW
        : hide('report'),
  'moderation.queue': (actor: Actor) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a moderator to see the queue.')
      : moderatesAny(actor)
        ? ALLOW
        : forbid('Only moderators have a moderation queue.'),
  /** The audit log across clusters: moderators (of their clusters' entries) and admins. */
  'audit.read': (actor: Actor) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a moderator or admin to read the audit log.')
      : moderatesAny(actor)
        ? ALLOW
        : forbid('Only moderators and admins read the audit log.'),
  /** One challenge's audit trail: the moderators of its cluster. */
  'challenge.audit': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, "read this challenge's audit trail", () =>
      moderates(actor, challenge.cluster_id)
        ? ALLOW
        : forbid("Only moderators of the challenge's cluster read its audit trail."),
    ),
};
