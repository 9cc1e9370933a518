import type { COOPERATION_STATUSES } from '../../db/enums';

export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/**
 * Milestones are recorded while a cooperation runs and after it completed (results and funding
 * often come later); an ended cooperation is closed for good.
 */
export const recordable = (status: CooperationStatus) => status !== 'ended';
export const RECORDABLE: readonly CooperationStatus[] = ['active', 'completed'];
