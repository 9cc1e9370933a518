import { type Actor, isSignedIn, isUser, moderates } from '../../domain/actor';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, SolutionFacts } from '../resources';
import { isInsider, seeChallenge } from './challenges';

export const isSubmitter = (actor: Actor, s: SolutionFacts) => isUser(actor, s.submitter_id);

const DECLARE_FIRST = forbid(
  'Declare first whether you have a conflict of interest with this solution; you see it once you declare none.',
);

/**
 * Solutions are confidential: their submitter; the challenge owner and the cluster's moderators
 * (never a solver's draft); jury members who declared no conflict on this very solution. A jury
 * member who has not declared yet is told to declare (403). Everyone else: 404.
 * Whoever has a solution of their own on the challenge competes with the others: a moderator
 * (or juror) who is also a solver there reads none of them, whatever their seat (404). We keep
 * them out rather than ask them to declare: a declaration is a juror's word about one solution,
 * while a competitor's conflict is with the whole challenge and is known from the data.
 */
export function seeSolution(actor: Actor, s: SolutionFacts): Decision {
  if (!isSignedIn(actor)) return hide('solution');
  if (isSubmitter(actor, s)) return ALLOW;
  if (s.competing) return hide('solution');
  // Never submitted (a draft, or a draft withdrawn): nobody but its solver has read it, nor will.
  const neverSubmitted = s.status === 'draft' || s.submitted_at === null;
  if (neverSubmitted || !seeChallenge(actor, s.challenge).allow) return hide('solution');
  if (s.hidden_at && !moderates(actor, s.challenge.cluster_id)) return hide('solution');
  if (isInsider(actor, s.challenge)) return ALLOW;
  if (s.jury && s.status !== 'withdrawn') {
    if (s.jury.conflict === false) return ALLOW;
    return s.jury.conflict === null ? DECLARE_FIRST : hide('solution');
  }
  return hide('solution');
}

/** Sign-in first, then the challenge must be visible, then `who`. */
export const onVisibleChallenge = (actor: Actor, c: ChallengeFacts, what: string, who: () => Decision) =>
  !isSignedIn(actor) ? signInFirst(`Sign in to ${what}.`) : andThen(seeChallenge(actor, c), who);

const BLIND = forbid(
  'This challenge is reviewed blind: jury members do not see who submitted a solution, their team, organization or links.',
);

/**
 * Who may see the people behind the solutions of a challenge (submitter, team, organization,
 * links): everyone who may read them, unless the challenge is reviewed blind; then only its
 * owner and the cluster's moderators — jury members judge the work, not who did it.
 */
export const identifySolvers = (actor: Actor, challenge: ChallengeFacts): Decision =>
  !challenge.blind_review || isInsider(actor, challenge) ? ALLOW : BLIND;

export const solutionRules = {
  'solvers.identify': identifySolvers,
  /** The people behind one solution: as `solvers.identify`, and always its submitter. */
  'solution.identify': (actor: Actor, s: SolutionFacts) =>
    isSubmitter(actor, s) ? ALLOW : identifySolvers(actor, s.challenge),
  'solution.read': seeSolution,
  /**
   * A challenge's list of solutions: anyone signed in who sees the challenge; the list itself
   * holds only the solutions each reader may see (see access/solution-scopes).
   */
  'solution.list': (actor: Actor, challenge: ChallengeFacts) =>
    onVisibleChallenge(actor, challenge, "see a challenge's solutions", () => ALLOW),
  'solution.create': (actor: Actor, challenge: ChallengeFacts) =>
    onVisibleChallenge(actor, challenge, 'submit a solution', () =>
      isSignedIn(actor) && actor.kind === 'solver'
        ? whenConfirmed(actor)
        : forbid('Only solver accounts submit solutions.'),
    ),
  'solution.edit': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to change your solution.')
      : isSubmitter(actor, s)
        ? whenConfirmed(actor)
        : andThen(seeSolution(actor, s), () => forbid('Only the submitter changes a solution.')),
};
