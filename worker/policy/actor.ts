import type { ACCOUNT_KINDS } from '../db/enums';

/** Who is asking: decided once per request by the authenticate middleware. */
export type Actor = Anonymous | SignedIn;

export interface Anonymous {
  type: 'anonymous';
}

export interface SignedIn {
  type: 'user';
  id: string;
  email: string;
  name: string;
  kind: (typeof ACCOUNT_KINDS)[number];
  isAdmin: boolean;
  organizationId: string | null;
  /** Ids of the clusters this user moderates. */
  moderates: string[];
  sessionId: string;
  /** Cookie-authenticated unsafe requests must pass the CSRF origin check. */
  via: 'bearer' | 'cookie';
}

export const ANONYMOUS: Anonymous = { type: 'anonymous' };
