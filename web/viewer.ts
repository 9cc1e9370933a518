import type { Actor } from '../worker/domain/actor';
import type { Ctx } from './ctx';

/** Who the page is for, as the layout needs it. */
export type Viewer = {
  name: string;
  moderator: boolean;
  clinician: boolean;
  /** Unread notifications, for the header's link to the inbox. */
  unread: number;
} | null;

export function viewerOf(c: Ctx): Viewer {
  // Unset when a middleware before `authenticate` refused the request (e.g. a cross-site form):
  // its error page is still rendered, for an anonymous visitor.
  const actor: Actor | undefined = c.var.actor;
  if (actor?.type !== 'user') return null;
  return {
    name: actor.name,
    moderator: actor.isAdmin || actor.moderates.length > 0,
    clinician: actor.kind === 'clinician',
    unread: actor.unread,
  };
}
