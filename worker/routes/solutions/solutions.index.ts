import { createRouter } from '../../http/router';
import * as handlers from './solutions.handlers';
import * as routes from './solutions.routes';

export const solutionsRouter = createRouter()
  .openapi(routes.listSolutions, handlers.list)
  .openapi(routes.createSolution, handlers.create)
  .openapi(routes.getSolution, handlers.get)
  .openapi(routes.patchSolution, handlers.patch)
  .openapi(routes.submitSolution, handlers.submit)
  .openapi(routes.withdrawSolution, handlers.withdraw);
