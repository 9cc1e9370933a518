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

/** Whether the life cycle lets jury members declare (or revise) a conflict now. */
export const declarationOpen = (state: SolutionState) => ['open', 'evaluation'].includes(state.challenge.status);

/** Whether the life cycle lets jury members score this solution now (the policy says who may). */
export const scoringOpen = (state: SolutionState) =>
  state.challenge.status === 'evaluation' && state.solution.status === 'submitted';
