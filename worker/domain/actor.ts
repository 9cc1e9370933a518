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
  /** They opened the confirmation link: until then they read but do not take part. */
  emailConfirmed: boolean;
  /** Unread notifications, for the page header. */
  unread: number;
  /** The language of their emails. */
  locale: string | null;
  /** The session; for an API key, the key's id (keys have no session: /auth routes refuse them). */
  sessionId: string;
  /** Cookie-authenticated unsafe requests must pass the CSRF origin check. */
  via: 'bearer' | 'cookie' | 'api-key';
  /** Set when a machine acts with an API key: the scopes narrow what the owner may do. */
  apiKey?: { id: string; scopes: readonly string[]; clusterId: string | null };
}

export const ANONYMOUS: Anonymous = { type: 'anonymous' };

// Facts about an actor (not decisions: those are the policy's). The domain uses them to tell an
// owner's edit from a moderator's amendment, the policy to decide, SQL scopes to filter.
export const isSignedIn = (actor: Actor): actor is SignedIn => actor.type === 'user';
export const isAdmin = (actor: Actor) => isSignedIn(actor) && actor.isAdmin;
/** Admins moderate every cluster. */
export const moderates = (actor: Actor, clusterId: string) =>
  isSignedIn(actor) && (actor.isAdmin || actor.moderates.includes(clusterId));
export const moderatesAny = (actor: Actor) => isSignedIn(actor) && (actor.isAdmin || actor.moderates.length > 0);
export const isUser = (actor: Actor, userId: string) => isSignedIn(actor) && actor.id === userId;
