import type { SOLUTION_STATUSES } from '../../db/enums';
import { deadlinePassed } from '../challenges/challenge.schema';
import type { ChallengeStatus } from '../challenges/lifecycle';
import { DomainError, invalidState } from '../errors';

export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** Where a solution stands: its own state and its challenge's. */
export interface SolutionState {
  solution: { status: SolutionStatus };
  challenge: { status: ChallengeStatus };
}

/** …and, for the submitter's own changes, when submissions close. */
export interface ChangeState extends SolutionState {
  challenge: { status: ChallengeStatus; deadline: string };
}

/**
 * When the submitter may change a solution, by the challenge's and the solution's state, and
 * whether only before the deadline: the cron moves a challenge to evaluation some minutes after
 * it, so "open" alone would let late solutions in.
 */
const CHANGES = {
  edit: { challenge: ['open'], solution: ['draft', 'submitted'], what: 'changed', beforeDeadline: true },
  submit: { challenge: ['open'], solution: ['draft'], what: 'submitted', beforeDeadline: true },
  withdraw: {
    challenge: ['open', 'evaluation'],
    solution: ['draft', 'submitted'],
    what: 'withdrawn',
    beforeDeadline: false,
  },
} as const satisfies Record<
  string,
  { challenge: ChallengeStatus[]; solution: SolutionStatus[]; what: string; beforeDeadline: boolean }
>;

export type SolutionChange = keyof typeof CHANGES;

/** The rule of a change, for the statement guards that check it again when the write lands. */
export const changeRule = (change: SolutionChange) => CHANGES[change];

/** Whether the life cycle allows `change` now (the policy says who may). */
export function changeOpen(state: ChangeState, change: SolutionChange, now = Date.now()): boolean {
  const rule = CHANGES[change];
  return (
    (rule.challenge as readonly ChallengeStatus[]).includes(state.challenge.status) &&
    (rule.solution as readonly SolutionStatus[]).includes(state.solution.status) &&
    !(rule.beforeDeadline && deadlinePassed(state.challenge.deadline, now))
  );
}

/** Submissions have closed, whatever the challenge's state says (the cron may not have run yet). */
export const submissionsClosed = (deadline: string) =>
  new DomainError(
    'deadline_passed',
    `Submissions to this challenge closed at ${deadline}: solutions can no longer be submitted or changed. A submitted solution can still be withdrawn until the decision.`,
    { details: { deadline } },
  );

/**
 * Throws the invalid-state error, naming whichever state is in the way, or deadline_passed,
 * unless `change` is open now.
 */
export function assertChangeOpen(state: ChangeState, change: SolutionChange, now = Date.now()): void {
  const rule = CHANGES[change];
  const challenge = state.challenge.status;
  if (!(rule.challenge as readonly ChallengeStatus[]).includes(challenge)) {
    throw invalidState(
      `Solutions can be ${rule.what} only while the challenge is ${rule.challenge.join(' or ')}; it is ${challenge}.`,
      challenge,
    );
  }
  const solution = state.solution.status;
  if (!(rule.solution as readonly SolutionStatus[]).includes(solution)) {
    throw invalidState(`A ${solution} solution cannot be ${rule.what}.`, solution);
  }
  if (rule.beforeDeadline && deadlinePassed(state.challenge.deadline, now)) {
    throw submissionsClosed(state.challenge.deadline);
  }
}

/** The challenge's states in which jury members declare (or revise) a conflict. */
export const DECLARATION_OPEN: readonly ChallengeStatus[] = ['open', 'evaluation'];
/** Whether the life cycle lets jury members declare (or revise) a conflict now. */
export const declarationOpen = (state: SolutionState) => DECLARATION_OPEN.includes(state.challenge.status);

/** Whether the life cycle lets jury members score this solution now (the policy says who may). */
export const scoringOpen = (state: SolutionState) =>
  state.challenge.status === 'evaluation' && state.solution.status === 'submitted';

/** The terms side of a solution (issue 14): the version in force, its team, who accepted which version. */
export interface TermsState {
  solution: { status: SolutionStatus };
  terms_version: number | null;
  team_json: string;
  acceptances: { user_id: string; version: number }[];
}

/** This person accepted the terms in force (or the challenge states none). */
export const acceptedCurrentTerms = (state: TermsState, userId: string) =>
  state.terms_version === null ||
  state.acceptances.some((a) => a.user_id === userId && a.version === state.terms_version);

/** Team members who have not accepted the terms in force yet, the submitter first. */
export const termsNotAccepted = (state: TermsState) =>
  (JSON.parse(state.team_json || '[]') as { user_id: string; name: string }[])
    .filter((m) => !acceptedCurrentTerms(state, m.user_id))
    .map((m) => ({ user_id: m.user_id, name: m.name }));

/**
 * What the terms allow `userId` now: a solution is submitted only once every member accepted the
 * version in force; a submitted one is changed only by a member who accepted it (after the terms
 * changed, each accepts again before editing). A draft is written freely: its team accepts before
 * submitting.
 */
export function termsAllow(state: TermsState, change: SolutionChange, userId: string): boolean {
  if (change === 'submit') return termsNotAccepted(state).length === 0;
  if (change === 'edit' && state.solution.status === 'submitted') return acceptedCurrentTerms(state, userId);
  return true;
}

/** Throws why the terms stand in the way of `change` (with the version in force and who has not accepted), unless they allow it. */
export function assertTermsAllow(state: TermsState, change: SolutionChange, userId: string): void {
  if (termsAllow(state, change, userId)) return;
  const version = state.terms_version;
  if (change === 'submit') {
    const missing = termsNotAccepted(state);
    throw new DomainError(
      'invalid_state',
      `Every team member accepts the challenge's terms (version ${version}) before the solution is submitted. Not accepted yet: ${missing.map((m) => m.name || 'a former member').join(', ')}. Each of them accepts version ${version} on the solution, then submit again.`,
      { details: { current_state: 'terms_not_accepted', current_version: version, not_accepted: missing } },
    );
  }
  throw new DomainError(
    'invalid_state',
    `The challenge's terms have changed (version ${version} now). Accept version ${version} on the solution before you change it.`,
    { details: { current_state: 'terms_not_accepted', current_version: version } },
  );
}

/** Where a solution stands in its challenge's stages (issue 15). */
export interface StagePlace {
  challenge: { current_stage: number };
  /** It has a place in the current stage (a later one: it was shortlisted into it). */
  stage_entered: boolean;
  /** When it was submitted to the current stage (null: not yet). */
  stage_submitted_at: string | null;
}

/**
 * Whether the stages let its team change it now: always in stage 1; in a later stage only when
 * it was shortlisted into it and until it is submitted to it (the guard of write.ts says the same).
 */
export const stageOpen = (place: StagePlace) =>
  place.challenge.current_stage === 1 || (place.stage_entered && place.stage_submitted_at === null);

/** A shortlisted solution's content for a later stage is sent now (submitToStage in write.ts). */
export const stageSubmittable = (place: StagePlace) => place.challenge.current_stage > 1 && stageOpen(place);
