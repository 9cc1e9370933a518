import type { PageCase } from './types';

/** My page, the admin email list and cluster administration. */
export const dashboardCases: PageCase[] = [];
