import { createRouter } from '../../http/router';
import * as handlers from './stages.handlers';
import * as routes from './stages.routes';

export const stagesRouter = createRouter()
  .openapi(routes.listStages, handlers.list)
  .openapi(routes.setStages, handlers.set);
