import type { Actor } from '../actor';
import { ALLOW, andThen, type Decision, forbid, hide, isSignedIn, moderates, signInFirst } from '../decisions';
import type { ChallengeFacts, RankingFacts, SolutionFacts } from '../resources';
import { seeChallenge } from './challenges';

const isSubmitter = (actor: Actor, s: SolutionFacts) => isSignedIn(actor) && actor.id === s.submitter_id;
const isInsider = (actor: Actor, c: ChallengeFacts) =>
  (isSignedIn(actor) && actor.id === c.owner_id) || moderates(actor, c.cluster_id);

const DECLARE_FIRST = forbid(
  'Declare first whether you have a conflict of interest with this solution (PUT /api/v1/solutions/{id}/conflict).',
);

/**
 * Solutions are confidential: their submitter; the challenge owner and the cluster's moderators
 * (never a solver's draft); jury members who declared no conflict on this very solution. A jury
 * member who has not declared yet is told to declare (403). Everyone else: 404.
 */
export function seeSolution(actor: Actor, s: SolutionFacts): Decision {
  if (!isSignedIn(actor)) return hide('solution');
  if (isSubmitter(actor, s)) return ALLOW;
  if (s.status === 'draft' || !seeChallenge(actor, s.challenge).allow) return hide('solution');
  if (s.hidden_at && !moderates(actor, s.challenge.cluster_id)) return hide('solution');
  if (isInsider(actor, s.challenge)) return ALLOW;
  if (s.jury && s.status !== 'withdrawn') {
    if (s.jury.conflict === false) return ALLOW;
    return s.jury.conflict === null ? DECLARE_FIRST : hide('solution');
  }
  return hide('solution');
}

/** Sign-in first, then the challenge must be visible, then `who`. */
const onVisibleChallenge = (actor: Actor, c: ChallengeFacts, what: string, who: () => Decision) =>
  !isSignedIn(actor) ? signInFirst(`Sign in to ${what}.`) : andThen(seeChallenge(actor, c), who);

export const solutionRules = {
  'solution.read': seeSolution,
  'solution.create': (actor: Actor, challenge: ChallengeFacts) =>
    onVisibleChallenge(actor, challenge, 'submit a solution', () =>
      isSignedIn(actor) && actor.kind === 'solver' ? ALLOW : forbid('Only solver accounts submit solutions.'),
    ),
  'solution.edit': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to change your solution.')
      : isSubmitter(actor, s)
        ? ALLOW
        : andThen(seeSolution(actor, s), () => forbid('Only the submitter changes a solution.')),
  'solution.declare': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to declare a conflict of interest.')
      : s.jury &&
          s.status !== 'draft' &&
          s.status !== 'withdrawn' &&
          !s.hidden_at &&
          seeChallenge(actor, s.challenge).allow
        ? ALLOW
        : andThen(seeSolution(actor, s), () => forbid("Only members of the challenge's jury declare conflicts.")),
  'solution.evaluate': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to score solutions.')
      : andThen(seeSolution(actor, s), () =>
          s.jury?.conflict === false ? ALLOW : forbid("Only members of the challenge's jury score solutions."),
        ),
  'jury.manage': (actor: Actor, c: ChallengeFacts) =>
    onVisibleChallenge(actor, c, 'manage the jury', () =>
      isInsider(actor, c) ? ALLOW : forbid('Only the challenge owner or a moderator of its cluster manages the jury.'),
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
};
