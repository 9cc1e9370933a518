import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, andThen, type Decision, forbid, hide, signInFirst, whenConfirmed } from '../decisions';
import type { ChallengeFacts, RankingFacts, SolutionFacts } from '../resources';
import { isInsider, seeChallenge, TRANSITIONER_NAMES, visibleThen } from './challenges';
import { judgesNow, onVisibleChallenge, seeSolution } from './solutions';

/** Owners, moderators and jurors with a solution of their own in the challenge: they compete with the rest. */
const COMPETING = forbid(
  'You have a solution of your own in this challenge, so its ranking and scores stay closed to you; the public results show once it is decided.',
);

/** The stage a ranking or report is about (issue 15): the one asked for, else the current one. */
const askedStage = (r: RankingFacts) => r.stage ?? r.challenge.current_stage ?? 1;

/**
 * A seat on the jury of the stage asked about (issue 15): juries are per stage, so a stage-1 juror
 * reads no later stage's ranking unless they sit on that stage's jury too, and the reverse.
 */
const seatedFor = (r: RankingFacts) =>
  r.jury !== undefined && (r.juryStages === undefined || r.juryStages.includes(askedStage(r)));

/**
 * The full ranking (all solutions, scores); the public results are `challenge.read` after the
 * decision. Closed to those who run or judge the challenge while they compete in it.
 */
const rankingFull = (actor: Actor, r: RankingFacts): Decision =>
  !isSignedIn(actor)
    ? hide('ranking')
    : andThen(seeChallenge(actor, r.challenge), () =>
        !isInsider(actor, r.challenge) && !seatedFor(r)
          ? hide('ranking')
          : r.competing
            ? COMPETING
            : isInsider(actor, r.challenge) || (seatedFor(r) && r.jury?.done)
              ? ALLOW
              : forbid('The ranking opens to jury members once they have scored every solution they may score.'),
      );

export const evaluationRules = {
  'solution.declare': (actor: Actor, s: SolutionFacts) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in to declare a conflict of interest.')
      : s.jury &&
          judgesNow(s) &&
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
  'ranking.full': rankingFull,
  /**
   * The evaluation report (every juror's scores, comments and conflicts, for the decision and an
   * auditor): those who manage the jury, once the challenge is in evaluation or decided. Anyone
   * else gets what the full ranking gives them (404 when they may not see it at all).
   */
  'report.read': (actor: Actor, r: RankingFacts) => {
    const ranking = rankingFull(actor, r);
    if (!isSignedIn(actor) || !isInsider(actor, r.challenge)) {
      return ranking.allow
        ? forbid('Only the challenge owner or a moderator of its cluster reads the evaluation report.')
        : ranking;
    }
    if (!ranking.allow) return ranking;
    // A stage already advanced (issue 15) keeps its report while the next stage runs.
    return r.challenge.status === 'evaluation' ||
      r.challenge.decided_at !== null ||
      askedStage(r) < (r.challenge.current_stage ?? 1)
      ? ALLOW
      : forbid('The evaluation report opens once the challenge is in evaluation.');
  },
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
  /** Who advances a shortlist to the next stage (issue 15): as for the decision, which it prepares. */
  'challenge.advance': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'advance a shortlist', () =>
      !isInsider(actor, challenge)
        ? forbid(`Only ${TRANSITIONER_NAMES.owner_or_moderator} may advance a shortlist to the next stage.`)
        : challenge.competing
          ? forbid(
              "You have a solution of your own in this challenge, so you do not choose its shortlist; the owner or another moderator of the challenge's cluster does.",
            )
          : ALLOW,
    ),
};
