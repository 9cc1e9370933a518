import { type Actor, isSignedIn, moderates, moderatesAny } from '../../domain/actor';
import { ALLOW, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, ReportFacts } from '../resources';
import { isInsider, visibleThen } from './challenges';

export const moderationRules = {
  /** Anyone signed in flags what they can see (the access layer checks they can see it). */
  // A report reaches every moderator of the cluster: confirmed accounts only.
  'report.create': (actor: Actor) =>
    isSignedIn(actor) ? whenConfirmed(actor) : signInFirst('Sign in to report content.'),
  /** Not a report on a solution of a challenge one competes in (see access/moderation's queue). */
  'report.resolve': (actor: Actor, report: ReportFacts): Decision =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a moderator.')
      : moderates(actor, report.cluster_id) && !report.competing
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
  /**
   * Emptying free text posted by mistake from an audit entry: admins only. The access layer
   * loads the entry within what the reader may list first, so those who may not read it get 404.
   */
  'audit.purge': (actor: Actor) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as an admin to remove text from the audit trail.')
      : actor.isAdmin
        ? ALLOW
        : forbid(
            'Only admins purge text from the audit trail; ask an admin if this entry holds text that should not be there.',
          ),
  /**
   * One challenge's audit trail: its owner and the moderators of its cluster (what each reads of
   * it is access/moderation's auditScope). Like the full ranking, 404 to everyone else.
   */
  'challenge.audit': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, "read this challenge's audit trail", () =>
      isInsider(actor, challenge) ? ALLOW : hide('audit trail'),
    ),
};
