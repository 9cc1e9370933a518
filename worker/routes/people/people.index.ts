import { createRouter } from '../../http/router';
import * as handlers from './people.handlers';
import * as routes from './people.routes';

export const peopleRouter = createRouter()
  .openapi(routes.listPeople, handlers.list)
  .openapi(routes.getProfile, handlers.get)
  .openapi(routes.patchProfile, handlers.patch);
