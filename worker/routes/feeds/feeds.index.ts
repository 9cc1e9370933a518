import { createRouter } from '../../http/router';
import * as handlers from './feeds.handlers';
import * as routes from './feeds.routes';

export const feedsRouter = createRouter()
  .openapi(routes.atom, handlers.atom)
  .openapi(routes.calendar, handlers.calendar);
