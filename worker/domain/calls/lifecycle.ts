import type { CALL_STATUSES } from '../../db/enums';

export type CallStatus = (typeof CALL_STATUSES)[number];

/** Who may take a step: any moderator of one of the call's clusters, or one who did not create it (review). */
export type CallTransitioner = 'manager' | 'reviewer';

/**
 * The call's life cycle, with the same review discipline as a challenge: whoever writes it
 * submits it, and another moderator of one of its clusters (or an admin) publishes it, never its
 * creator. The cron closes a published call at `closes_at`.
 */
export const CALL_TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', by: 'manager', noteRequired: false },
  publish: { from: ['in_review'], to: 'published', by: 'reviewer', noteRequired: false },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: 'reviewer', noteRequired: true },
  withdraw: { from: ['draft', 'in_review', 'changes_requested'], to: 'withdrawn', by: 'manager', noteRequired: false },
  close: { from: ['published'], to: 'closed', by: 'manager', noteRequired: false },
  archive: { from: ['published', 'closed'], to: 'archived', by: 'manager', noteRequired: false },
} as const satisfies Record<
  string,
  { from: readonly CallStatus[]; to: CallStatus; by: CallTransitioner; noteRequired: boolean }
>;

export type CallAction = keyof typeof CALL_TRANSITIONS;
export const CALL_ACTIONS = Object.keys(CALL_TRANSITIONS) as [CallAction, ...CallAction[]];

/** Readable by everyone (unless hidden). */
export const CALL_PUBLISHED: readonly CallStatus[] = ['published', 'closed', 'archived'];

export const callActionsFrom = (status: CallStatus) =>
  CALL_ACTIONS.filter((a) => (CALL_TRANSITIONS[a].from as readonly CallStatus[]).includes(status));

/** Its managers edit a call before review, and amend it while it is published. */
export const callEditable = (status: CallStatus) =>
  status === 'draft' || status === 'changes_requested' || status === 'published';

/** Challenges are put into a call while it is published (open). */
export const takesChallenges = (status: CallStatus) => status === 'published';
