import { createRouter } from '../../http/router';
import * as handlers from './clusters.handlers';
import * as routes from './clusters.routes';

export const clustersRouter = createRouter()
  .openapi(routes.listClusters, handlers.list)
  .openapi(routes.getCluster, handlers.get)
  .openapi(routes.createCluster, handlers.create)
  .openapi(routes.appointModerator, handlers.appoint)
  .openapi(routes.removeModerator, handlers.remove);
