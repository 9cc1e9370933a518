import type { COOPERATION_STATUSES } from '../../db/enums';

export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/**
 * Milestones are recorded while a cooperation runs and after it completed (results and funding
 * often come later); an ended cooperation is closed for good.
 */
export const recordable = (status: CooperationStatus) => status !== 'ended';
export const RECORDABLE: readonly CooperationStatus[] = ['active', 'completed'];

/**
 * Where a cooperation may go from each status: a completed one may be reopened (results are often
 * recorded late, and a slip of the hand is undone), an ended one is closed for good.
 */
export const COOPERATION_MOVES: Record<CooperationStatus, readonly CooperationStatus[]> = {
  active: ['completed', 'ended'],
  completed: ['active', 'ended'],
  ended: [],
};

export const mayMove = (from: CooperationStatus, to: CooperationStatus) =>
  from === to || COOPERATION_MOVES[from].includes(to);
