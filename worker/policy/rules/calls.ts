import { type Actor, isAdmin, isSignedIn, isUser, moderates, moderatesAny } from '../../domain/actor';
import { CALL_PUBLISHED, CALL_TRANSITIONS } from '../../domain/calls/lifecycle';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { CallFacts, CallTransitionFacts } from '../resources';

/** A moderator of any of the call's clusters (admins moderate every cluster) manages the call. */
export const managesCall = (actor: Actor, call: { clusters: readonly { id: string }[] }) =>
  call.clusters.some((c) => moderates(actor, c.id));

/** Published, closed and archived calls are public; anything else is its managers' alone (404 to others). */
export function seeCall(actor: Actor, call: CallFacts): Decision {
  if (managesCall(actor, call)) return ALLOW;
  if (!CALL_PUBLISHED.includes(call.status) || call.hidden_at) return hide('call');
  return ALLOW;
}

const managerThen = (actor: Actor, call: CallFacts, what: string, who: () => Decision) =>
  andThen(seeCall(actor, call), () => (isSignedIn(actor) ? who() : signInFirst(`Sign in to ${what}.`)));

export const callRules = {
  'call.read': seeCall,
  /** A moderator creates a call for clusters they moderate at least one of. */
  'call.create': (actor: Actor, call: { clusters: readonly { id: string }[] }) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a cluster moderator to create a call.')
      : managesCall(actor, call)
        ? whenConfirmed(actor)
        : forbid(
            moderatesAny(actor)
              ? 'You moderate none of the clusters named: name at least one cluster you moderate.'
              : 'Only moderators of a cluster create calls.',
          ),
  'call.edit': (actor: Actor, call: CallFacts) =>
    managerThen(actor, call, 'edit this call', () =>
      managesCall(actor, call) ? ALLOW : forbid("Only a moderator of one of the call's clusters edits it."),
    ),
  /**
   * The same review discipline as a challenge: publishing (or sending back) is for another
   * moderator of one of the call's clusters, or an admin, never the call's creator nor anyone who
   * edited it. A joint call speaks for every cluster it names: each is one its creator or its
   * publisher moderates, so no cluster is enlisted without one of its moderators agreeing.
   */
  'call.transition': (actor: Actor, { call, action }: CallTransitionFacts) =>
    managerThen(actor, call, action.replace('_', ' '), () => {
      if (!managesCall(actor, call))
        return forbid(`Only a moderator of one of the call's clusters may ${action.replace('_', ' ')} it.`);
      if (CALL_TRANSITIONS[action].by === 'reviewer' && call.created_by && isUser(actor, call.created_by))
        return forbid(
          isAdmin(actor)
            ? 'You created this call: another moderator of one of its clusters, or another admin, reviews it.'
            : 'You created this call: another moderator of one of its clusters, or an admin, reviews it.',
        );
      if (CALL_TRANSITIONS[action].by === 'reviewer' && isSignedIn(actor) && call.editors.includes(actor.id))
        return forbid('You edited this call: another moderator of one of its clusters, or an admin, reviews it.');
      const unvouched = call.clusters.filter((c) => !call.creator_clusters.includes(c.id) && !moderates(actor, c.id));
      if (action === 'publish' && unvouched.length > 0)
        return forbid(
          `This joint call names ${unvouched.map((c) => c.name).join(', ')}, which neither you nor its creator moderate: a moderator of ${unvouched.length > 1 ? 'those clusters' : 'that cluster'} (or an admin) publishes it, agreeing for ${unvouched.length > 1 ? 'them' : 'it'}.`,
        );
      return ALLOW;
    }),
};
