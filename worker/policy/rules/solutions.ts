import { type Actor, isSignedIn, isUser, moderates } from '../../domain/actor';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, SolutionFacts } from '../resources';
import { isInsider, seeChallenge } from './challenges';

export const isSubmitter = (actor: Actor, s: SolutionFacts) => isUser(actor, s.submitter_id);
/** On the solution's team: its submitter, or a co-applicant who accepted an invitation. */
export const onTeam = (actor: Actor, s: SolutionFacts) => isSubmitter(actor, s) || (isSignedIn(actor) && !!s.member);

/** Steps only the submitter takes: a team member reads and edits, but does not commit the team. */
const submitterOnly = (actor: Actor, s: SolutionFacts, what: string, refusal: string) =>
  !isSignedIn(actor)
    ? signInFirst(`Sign in to ${what}.`)
    : isSubmitter(actor, s)
      ? whenConfirmed(actor)
      : andThen(seeSolution(actor, s), () => forbid(refusal));

const DECLARE_FIRST = forbid(
  'Declare first whether you have a conflict of interest with this solution; you see it once you declare none.',
);

/**
 * Jury members per stage (issue 15): a juror reads and declares on a solution of the stage the
 * challenge is in, when they sit on that stage's jury and the solution is in its cohort (submitted
 * to that stage). A stage-1 juror does not read what the shortlist submits to stage 2, nor a
 * stage-2 juror a solution that was not advanced. What they read is the solution as submitted to
 * their stage: it enters a later stage's cohort only when submitted to it, and from then on it no
 * longer changes (solutions/write.ts), so the stage's fields read as in its snapshot
 * (`solution_stages.snapshot`, kept for the record) and earlier stages' fields as the shortlisted
 * team last amended them before submitting.
 */
export const judgesNow = (s: SolutionFacts) => {
  const stage = s.challenge.current_stage ?? 1;
  return (s.juryStages?.includes(stage) ?? true) && (s.stages?.includes(stage) ?? true);
};

/**
 * Solutions are confidential: their submitter and team; the challenge owner and the cluster's moderators
 * (never a solver's draft); jury members of the current stage who declared no conflict on this very
 * solution in that stage, when it is in that stage's cohort (`judgesNow`). A jury
 * member who has not declared yet is told to declare (403). Everyone else: 404.
 * Whoever has a solution of their own on the challenge competes with the others: a moderator
 * (or juror) who is also a solver there reads none of them, whatever their seat (404). We keep
 * them out rather than ask them to declare: a declaration is a juror's word about one solution,
 * while a competitor's conflict is with the whole challenge and is known from the data.
 */
export function seeSolution(actor: Actor, s: SolutionFacts): Decision {
  if (!isSignedIn(actor)) return hide('solution');
  if (onTeam(actor, s)) return ALLOW;
  if (s.competing) return hide('solution');
  // Never submitted (a draft, or a draft withdrawn): nobody but its solver has read it, nor will.
  const neverSubmitted = s.status === 'draft' || s.submitted_at === null;
  if (neverSubmitted || !seeChallenge(actor, s.challenge).allow) return hide('solution');
  if (s.hidden_at && !moderates(actor, s.challenge.cluster_id)) return hide('solution');
  if (isInsider(actor, s.challenge)) return ALLOW;
  if (s.jury && s.status !== 'withdrawn' && judgesNow(s)) {
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
  /** The people behind one solution: as `solvers.identify`, and always its submitter and team. */
  'solution.identify': (actor: Actor, s: SolutionFacts) =>
    isSubmitter(actor, s) || s.member ? ALLOW : identifySolvers(actor, s.challenge),
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
      : onTeam(actor, s)
        ? whenConfirmed(actor)
        : andThen(seeSolution(actor, s), () => forbid("Only the solution's team changes it.")),
  /** Each member accepts the challenge's terms for themselves (issue 14): nobody accepts for another. */
  'terms.accept': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst("Sign in to accept the challenge's terms.")
      : onTeam(actor, s)
        ? whenConfirmed(actor)
        : andThen(seeSolution(actor, s), () =>
            forbid("Only the solution's team members accept the challenge's terms, each for themselves."),
          ),
  'solution.submit': (actor: Actor, s: SolutionFacts) =>
    submitterOnly(actor, s, 'submit your solution', 'Only the submitter submits the solution; ask them to.'),
  'solution.withdraw': (actor: Actor, s: SolutionFacts) =>
    submitterOnly(actor, s, 'withdraw your solution', 'Only the submitter withdraws the solution; ask them to.'),
  /** Inviting and removing members, handing the submitter's role over: the submitter only. */
  'team.manage': (actor: Actor, s: SolutionFacts) =>
    submitterOnly(
      actor,
      s,
      "manage your solution's team",
      'Only the submitter invites and removes team members; ask them to, or leave the team yourself.',
    ),
  /**
   * Which jurors were recused automatically from a solution, and why: those who run the challenge
   * (its owner and the cluster's moderators), when they may read the solution.
   */
  'team.recusals': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to see recusals.')
      : andThen(seeSolution(actor, s), () =>
          isInsider(actor, s.challenge) && !s.competing
            ? ALLOW
            : forbid("Only the challenge's owner and moderators see which jurors were recused."),
        ),
  /** Leaving the team: any member but the submitter (who hands over first). */
  'team.leave': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst("Sign in to leave a solution's team.")
      : andThen(seeSolution(actor, s), () =>
          s.member && !isSubmitter(actor, s)
            ? ALLOW
            : forbid(
                isSubmitter(actor, s)
                  ? 'The submitter cannot leave the team: hand the submitter role to another member first.'
                  : 'Only members leave a team.',
              ),
        ),
};
