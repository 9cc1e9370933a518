import type { CHALLENGE_STATUSES } from '../../db/enums';

export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Who may take a transition; the policy module turns this into 401/403/404. */
export type Transitioner = 'owner' | 'moderator' | 'owner_or_moderator';

export interface Transition {
  from: readonly ChallengeStatus[];
  to: ChallengeStatus;
  by: Transitioner;
  /** request_changes and reject must tell the owner why. */
  noteRequired: boolean;
}

/** The challenge state machine, exactly as the design draws it. `decide` has its own endpoint. */
export const TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', by: 'owner', noteRequired: false },
  approve: { from: ['in_review'], to: 'open', by: 'moderator', noteRequired: false },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: 'moderator', noteRequired: true },
  reject: { from: ['in_review'], to: 'rejected', by: 'moderator', noteRequired: true },
  withdraw: { from: ['draft', 'in_review', 'changes_requested'], to: 'withdrawn', by: 'owner', noteRequired: false },
  start_evaluation: { from: ['open'], to: 'evaluation', by: 'owner_or_moderator', noteRequired: false },
  archive: { from: ['open', 'evaluation', 'decided'], to: 'archived', by: 'moderator', noteRequired: false },
} as const satisfies Record<string, Transition>;

export type TransitionAction = keyof typeof TRANSITIONS;
export const TRANSITION_ACTIONS = Object.keys(TRANSITIONS) as [TransitionAction, ...TransitionAction[]];

/** The owner edits only before approval. */
export const OWNER_EDITABLE: readonly ChallengeStatus[] = ['draft', 'changes_requested'];
/** After approval, only moderators amend (and every amendment is audited). */
export const MODERATOR_AMENDABLE: readonly ChallengeStatus[] = ['open', 'evaluation', 'decided'];
/** Approved and readable beyond owner and moderators. */
export const PUBLISHED: readonly ChallengeStatus[] = ['open', 'evaluation', 'decided', 'archived'];
