import { createRouter } from '../../http/router';
import * as handlers from './open-data.handlers';
import * as routes from './open-data.routes';

export const openDataRouter = createRouter()
  .openapi(routes.listDatasets, handlers.list)
  .openapi(routes.getDataset, handlers.get);
