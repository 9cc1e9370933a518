import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, andThen, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, RankingFacts, SolutionFacts } from '../resources';
import { isInsider, seeChallenge, TRANSITIONER_NAMES, visibleThen } from './challenges';
import { onVisibleChallenge, seeSolution } from './solutions';

/** Owners, moderators and jurors with a solution of their own in the challenge: they compete with the rest. */
const COMPETING = forbid(
  'You have a solution of your own in this challenge, so its ranking and scores stay closed to you; the public results show once it is decided.',
);

export const evaluationRules = {
  'solution.declare': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to declare a conflict of interest.')
      : s.jury &&
          s.status !== 'draft' &&
          s.status !== 'withdrawn' &&
          !s.hidden_at &&
          seeChallenge(actor, s.challenge).allow
        ? whenConfirmed(actor)
        : andThen(seeSolution(actor, s), () => forbid("Only members of the challenge's jury declare conflicts.")),
  'solution.evaluate': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to score solutions.')
      : andThen(seeSolution(actor, s), () =>
          s.jury?.conflict === false
            ? whenConfirmed(actor)
            : forbid("Only members of the challenge's jury score solutions."),
        ),
  'jury.manage': (actor: Actor, c: ChallengeFacts) =>
    onVisibleChallenge(actor, c, 'manage the jury', () =>
      // Inviting sends emails in Bedside's name: confirmed accounts only.
      isInsider(actor, c)
        ? whenConfirmed(actor)
        : forbid('Only the challenge owner or a moderator of its cluster manages the jury.'),
    ),
  /**
   * Seating someone by their account id, without an invitation: moderators of the cluster only
   * (owners invite by email, so no lookup tells them who has an account).
   */
  'jury.assign': (actor: Actor, c: ChallengeFacts) =>
    onVisibleChallenge(actor, c, 'manage the jury', () =>
      moderates(actor, c.cluster_id)
        ? ALLOW
        : forbid("Only moderators of the challenge's cluster seat jury members directly; owners invite them by email."),
    ),
  /**
   * The full ranking (all solutions, scores); the public results are `challenge.read` after the
   * decision. Closed to those who run or judge the challenge while they compete in it.
   */
  'ranking.full': (actor: Actor, r: RankingFacts) =>
    !isSignedIn(actor)
      ? hide('ranking')
      : andThen(seeChallenge(actor, r.challenge), () =>
          !isInsider(actor, r.challenge) && !r.jury
            ? hide('ranking')
            : r.competing
              ? COMPETING
              : isInsider(actor, r.challenge) || r.jury?.done
                ? ALLOW
                : forbid('The ranking opens to jury members once they have scored every solution they may score.'),
        ),
  /** Not by someone who competes in it: they would pick among their rivals and themselves. */
  'challenge.decide': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'decide', () =>
      !isInsider(actor, challenge)
        ? forbid(`Only ${TRANSITIONER_NAMES.owner_or_moderator} may decide.`)
        : challenge.competing
          ? forbid(
              "You have a solution of your own in this challenge, so you do not decide it; the owner or another moderator of the challenge's cluster does.",
            )
          : ALLOW,
    ),
};
