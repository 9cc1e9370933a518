import type { CHALLENGE_STATUSES } from '../../db/enums';

export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** Who may take a transition; the policy module decides with it. */
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

/** Approved and readable beyond owner and moderators. */
export const PUBLISHED: readonly ChallengeStatus[] = ['open', 'evaluation', 'decided', 'archived'];

// "When" questions about a challenge, asked by the domain's own guards and by the access layer's
// affordances alike, so a page never offers what the domain would refuse.

/** What may happen next from a state, for messages that tell the user their options. */
export const actionsFrom = (status: ChallengeStatus) =>
  TRANSITION_ACTIONS.filter((a) => (TRANSITIONS[a].from as readonly ChallengeStatus[]).includes(status));

/**
 * How a challenge can be changed in this state by someone who is its owner and/or a moderator
 * of its cluster: the owner edits before approval, moderators amend (audited) after it.
 */
export function editMode(status: ChallengeStatus, as: { owner: boolean; moderator: boolean }): 'edit' | 'amend' | null {
  if (as.owner && (status === 'draft' || status === 'changes_requested')) return 'edit';
  if (as.moderator && (status === 'open' || status === 'evaluation' || status === 'decided')) return 'amend';
  return null;
}

/** Endorsements, like reading by everyone, start with publication. */
export const endorsable = (status: ChallengeStatus) => PUBLISHED.includes(status);
/** Solvers ask while submissions are open… */
export const askable = (status: ChallengeStatus) => status === 'open';
/** …and owners may still clarify while the jury evaluates. */
export const answerable = (status: ChallengeStatus) => status === 'open' || status === 'evaluation';
/** Solutions are submitted (and changed) while the challenge is open. */
export const acceptsSolutions = (status: ChallengeStatus) => status === 'open';
/** The jury can change until the decision. */
export const JURY_EDITABLE: readonly ChallengeStatus[] = [
  'draft',
  'in_review',
  'changes_requested',
  'open',
  'evaluation',
];
export const juryEditable = (status: ChallengeStatus) => JURY_EDITABLE.includes(status);
/**
 * Invitations to the jury go out once a moderator has read the challenge (published) and until
 * the decision: an invitation email carries the challenge's title, so an unreviewed draft must
 * not be able to send one to anyone.
 */
export const juryInvitable = (status: ChallengeStatus) => status === 'open' || status === 'evaluation';
/** A challenge is decided from evaluation. */
export const decidable = (status: ChallengeStatus) => status === 'evaluation';
/**
 * Issue 15: a stage under evaluation before the last one advances a shortlist (advance.ts); only
 * the last stage is decided. `count`: the challenge's number of stages.
 */
export const advanceable = (status: ChallengeStatus, current: number, count: number) =>
  status === 'evaluation' && current < count;
export const inLastStage = (current: number, count: number) => current >= count;

export const NOTE_STANDINGS = ['pending', 'answered', 'resolved', 'rejection'] as const;
export type NoteStanding = (typeof NOTE_STANDINGS)[number];

/**
 * Where the moderators' last note stands: a request the owner still has to act on (changes
 * requested), answered by submitting again (in review), the reason for a rejection, or resolved
 * (approved since, or withdrawn). Only request_changes and reject write the note.
 */
export function noteStanding(status: ChallengeStatus): NoteStanding {
  if (status === 'changes_requested') return 'pending';
  if (status === 'in_review') return 'answered';
  if (status === 'rejected') return 'rejection';
  return 'resolved';
}
