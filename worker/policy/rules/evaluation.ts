import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, andThen, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, RankingFacts, SolutionFacts } from '../resources';
import { isInsider, seeChallenge, TRANSITIONER_NAMES, visibleThen } from './challenges';
import { onVisibleChallenge, seeSolution } from './solutions';

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
  /** The full ranking (all solutions, scores); the public results are `challenge.read` after the decision. */
  'ranking.full': (actor: Actor, r: RankingFacts) =>
    !isSignedIn(actor)
      ? hide('ranking')
      : andThen(seeChallenge(actor, r.challenge), () =>
          isInsider(actor, r.challenge) || r.jury?.done
            ? ALLOW
            : r.jury
              ? forbid('The ranking opens to jury members once they have scored every solution they may score.')
              : hide('ranking'),
        ),
  'challenge.decide': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'decide', () =>
      isInsider(actor, challenge) ? ALLOW : forbid(`Only ${TRANSITIONER_NAMES.owner_or_moderator} may decide.`),
    ),
};
