import { createRouter } from '../../http/router';
import * as handlers from './impact.handlers';
import * as routes from './impact.routes';

export const impactRouter = createRouter()
  .openapi(routes.clusterImpact, handlers.cluster)
  .openapi(routes.clusterImpactCsv, handlers.cluster)
  .openapi(routes.networkImpact, handlers.network)
  .openapi(routes.networkImpactCsv, handlers.network);
