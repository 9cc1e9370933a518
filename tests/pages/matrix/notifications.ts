import type { PageCase } from './types';

/** Inbox, preferences and saved searches. */
export const notificationCases: PageCase[] = [];
