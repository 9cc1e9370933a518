import { createRouter } from '../../http/router';
import * as handlers from './cooperations.handlers';
import * as routes from './cooperations.routes';

export const cooperationsRouter = createRouter()
  .openapi(routes.listCooperations, handlers.list)
  .openapi(routes.getCooperation, handlers.get)
  .openapi(routes.patchCooperation, handlers.patch)
  .openapi(routes.addMilestone, handlers.addOne)
  .openapi(routes.patchMilestone, handlers.patchOne);
