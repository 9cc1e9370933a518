import { createRouter } from '../../http/router';
import * as handlers from './moderation.handlers';
import * as routes from './moderation.routes';

export const moderationRouter = createRouter()
  .openapi(routes.queue, handlers.queue)
  .openapi(routes.createReport, handlers.report)
  .openapi(routes.resolveReport, handlers.resolve)
  .openapi(routes.audit, handlers.audit)
  .openapi(routes.purgeAudit, handlers.purge);
