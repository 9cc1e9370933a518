import type { Ctx } from './ctx';

/** Who the page is for, as the layout needs it. */
export type Viewer = { name: string; moderator: boolean; clinician: boolean } | null;

export function viewerOf(c: Ctx): Viewer {
  const actor = c.var.actor;
  if (actor.type !== 'user') return null;
  return {
    name: actor.name,
    moderator: actor.isAdmin || actor.moderates.length > 0,
    clinician: actor.kind === 'clinician',
  };
}
