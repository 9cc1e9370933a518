import { createRouter } from '../../http/router';
import * as advance from './advance.handlers';
import * as advanceRoutes from './advance.routes';
import * as handlers from './stages.handlers';
import * as routes from './stages.routes';

export const stagesRouter = createRouter()
  .openapi(routes.listStages, handlers.list)
  .openapi(routes.setStages, handlers.set)
  .openapi(advanceRoutes.advanceStage, advance.advance);
