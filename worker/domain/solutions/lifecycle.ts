import type { SOLUTION_STATUSES } from '../../db/enums';
import type { ChallengeStatus } from '../challenges/lifecycle';
import { invalidState } from '../errors';

export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** Where a solution stands: its own state and its challenge's. */
export interface SolutionState {
  solution: { status: SolutionStatus };
  challenge: { status: ChallengeStatus };
}

/** When the submitter may change a solution, by the challenge's and the solution's state. */
const CHANGES = {
  edit: { challenge: ['open'], solution: ['draft', 'submitted'], what: 'changed' },
  submit: { challenge: ['open'], solution: ['draft'], what: 'submitted' },
  withdraw: { challenge: ['open', 'evaluation'], solution: ['draft', 'submitted'], what: 'withdrawn' },
} as const satisfies Record<string, { challenge: ChallengeStatus[]; solution: SolutionStatus[]; what: string }>;

export type SolutionChange = keyof typeof CHANGES;

/** Whether the life cycle allows `change` now (the policy says who may). */
export function changeOpen(state: SolutionState, change: SolutionChange): boolean {
  const rule = CHANGES[change];
  return (
    (rule.challenge as readonly ChallengeStatus[]).includes(state.challenge.status) &&
    (rule.solution as readonly SolutionStatus[]).includes(state.solution.status)
  );
}

/** Throws the invalid-state error, naming whichever state is in the way, unless `change` is open now. */
export function assertChangeOpen(state: SolutionState, change: SolutionChange): void {
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
}

/** Whether the life cycle lets jury members declare (or revise) a conflict now. */
export const declarationOpen = (state: SolutionState) => ['open', 'evaluation'].includes(state.challenge.status);

/** Whether the life cycle lets jury members score this solution now (the policy says who may). */
export const scoringOpen = (state: SolutionState) =>
  state.challenge.status === 'evaluation' && state.solution.status === 'submitted';
