import { createRouter } from '../../http/router';
import * as affiliation from './affiliation.handlers';
import * as affiliationRoutes from './affiliation.routes';
import * as handlers from './organizations.handlers';
import * as routes from './organizations.routes';

export const organizationsRouter = createRouter()
  .openapi(routes.listOrganizations, handlers.list)
  .openapi(routes.getOrganization, handlers.get)
  .openapi(affiliationRoutes.patchOrganization, affiliation.patch)
  .openapi(affiliationRoutes.claimMembership, affiliation.claim)
  .openapi(affiliationRoutes.listMemberships, affiliation.list)
  .openapi(affiliationRoutes.confirmMembership, affiliation.confirm)
  .openapi(affiliationRoutes.declineMembership, affiliation.decline)
  .openapi(affiliationRoutes.verifyDomain, affiliation.verifyDomain)
  .openapi(affiliationRoutes.removeDomain, affiliation.removeDomain);
