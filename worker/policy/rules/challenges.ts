import { type Actor, isSignedIn, isUser, moderates } from '../../domain/actor';
import { PUBLISHED, TRANSITIONS } from '../../domain/challenges/lifecycle';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, TransitionFacts } from '../resources';

export const isOwner = (actor: Actor, challenge: ChallengeFacts) => isUser(actor, challenge.owner_id);
/** The challenge's owner or a moderator of its cluster: who runs a challenge. */
export const isInsider = (actor: Actor, challenge: ChallengeFacts) =>
  isOwner(actor, challenge) || moderates(actor, challenge.cluster_id);

/**
 * Owners and the cluster's moderators see a challenge in every state. Everyone else sees it only
 * once approved and not hidden; `network` ones only when signed in. Anything else is 404.
 */
export function seeChallenge(actor: Actor, challenge: ChallengeFacts): Decision {
  if (isOwner(actor, challenge) || moderates(actor, challenge.cluster_id)) return ALLOW;
  if (!PUBLISHED.includes(challenge.status) || challenge.hidden_at) return hide('challenge');
  if (challenge.visibility === 'network' && !isSignedIn(actor)) return hide('challenge');
  return ALLOW;
}

/** After the challenge is visible: sign-in, then `who`. */
export const visibleThen = (challenge: ChallengeFacts, actor: Actor, what: string, who: () => Decision) =>
  andThen(seeChallenge(actor, challenge), () => (isSignedIn(actor) ? who() : signInFirst(`Sign in to ${what}.`)));

export const TRANSITIONERS = {
  owner: (actor: Actor, c: ChallengeFacts) => isOwner(actor, c),
  moderator: (actor: Actor, c: ChallengeFacts) => moderates(actor, c.cluster_id),
  owner_or_moderator: (actor: Actor, c: ChallengeFacts) => isOwner(actor, c) || moderates(actor, c.cluster_id),
};
export const TRANSITIONER_NAMES = {
  owner: 'the challenge owner',
  moderator: "a moderator of the challenge's cluster",
  owner_or_moderator: "the challenge owner or a moderator of the challenge's cluster",
};

export const challengeRules = {
  'challenge.read': seeChallenge,
  'challenge.create': (actor: Actor) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in with a clinician account to post a challenge.')
      : actor.kind === 'clinician'
        ? whenConfirmed(actor)
        : forbid('Only clinician accounts post challenges.'),
  'challenge.edit': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'edit this challenge', () =>
      isOwner(actor, challenge) || moderates(actor, challenge.cluster_id)
        ? ALLOW
        : forbid("Only the owner, or after approval a moderator of the challenge's cluster, may edit it."),
    ),
  'challenge.transition': (actor: Actor, { challenge, action }: TransitionFacts) => {
    const { by } = TRANSITIONS[action];
    return visibleThen(challenge, actor, action.replace('_', ' '), () =>
      TRANSITIONERS[by](actor, challenge)
        ? ALLOW
        : forbid(`Only ${TRANSITIONER_NAMES[by]} may ${action.replace('_', ' ')}.`),
    );
  },
  'question.ask': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'ask a question', () =>
      isSignedIn(actor) && actor.kind === 'solver'
        ? whenConfirmed(actor)
        : forbid('Only solver accounts ask questions.'),
    ),
  'question.answer': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'answer questions', () =>
      isOwner(actor, challenge) ? ALLOW : forbid('Only the challenge owner answers questions.'),
    ),
  /**
   * Hiding a question (a sales pitch, reported or not): the owner keeps their Q&A useful, the
   * cluster's moderators keep it clean. Hidden questions are gone for everyone.
   */
  'question.hide': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'hide a question', () =>
      isInsider(actor, challenge)
        ? ALLOW
        : forbid("Only the challenge owner or a moderator of the challenge's cluster hides questions."),
    ),
  /** "We have this need too" is a clinician's word: it counts clinics that share the need, not fans. */
  'endorsement.change': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'endorse a challenge', () =>
      isOwner(actor, challenge)
        ? forbid('You cannot endorse your own challenge.')
        : isSignedIn(actor) && actor.kind === 'clinician'
          ? whenConfirmed(actor)
          : forbid(
              'Only clinician accounts endorse challenges: an endorsement says "we have this need too" for a clinic.',
            ),
    ),
};
