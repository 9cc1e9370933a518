import type { PageCase } from './types';

/** Confirming an address, passwords, account settings, invitations, unsubscribing. */
export const accountCases: PageCase[] = [];
