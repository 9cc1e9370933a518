import { createRouter } from '../../http/router';
import * as handlers from './invitations.handlers';
import * as routes from './invitations.routes';

/** Invitations to a jury or to moderate a cluster: by email, accepted by the confirmed account of that address. */
export const invitationsRouter = createRouter()
  .openapi(routes.inviteJuror, handlers.postJury)
  .openapi(routes.listJuryInvitations, handlers.getJury)
  .openapi(routes.inviteModerator, handlers.postModerator)
  .openapi(routes.listModeratorInvitations, handlers.getModerators)
  .openapi(routes.revokeInvitation, handlers.remove)
  .openapi(routes.acceptInvitation, handlers.accept);
