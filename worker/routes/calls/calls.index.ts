import { createRouter } from '../../http/router';
import * as handlers from './calls.handlers';
import * as routes from './calls.routes';

export const callsRouter = createRouter()
  .openapi(routes.listCalls, handlers.list)
  .openapi(routes.createCall, handlers.create)
  .openapi(routes.getCall, handlers.get)
  .openapi(routes.patchCall, handlers.patch)
  .openapi(routes.transitionCall, handlers.transition)
  .openapi(routes.callAtom, handlers.atom)
  .openapi(routes.callCalendar, handlers.calendar);
