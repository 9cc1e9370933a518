import { createRouter } from '../../http/router';
import * as handlers from './solutions.handlers';
import * as routes from './solutions.routes';
import * as team from './team.handlers';
import * as teamRoutes from './team.routes';

export const solutionsRouter = createRouter()
  .openapi(routes.listSolutions, handlers.list)
  .openapi(routes.createSolution, handlers.create)
  .openapi(routes.getSolution, handlers.get)
  .openapi(routes.patchSolution, handlers.patch)
  .openapi(routes.submitSolution, handlers.submit)
  .openapi(routes.withdrawSolution, handlers.withdraw)
  .openapi(teamRoutes.getTeam, team.get)
  .openapi(teamRoutes.inviteMember, team.invite)
  .openapi(teamRoutes.removeMember, team.remove)
  .openapi(teamRoutes.patchMember, team.patch);
