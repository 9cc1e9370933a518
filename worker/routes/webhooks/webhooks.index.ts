import { createRouter } from '../../http/router';
import * as handlers from './webhooks.handlers';
import * as routes from './webhooks.routes';

export const webhooksRouter = createRouter()
  .openapi(routes.listWebhooks, handlers.getWebhooks)
  .openapi(routes.createWebhook, handlers.postWebhook)
  .openapi(routes.getWebhook, handlers.getWebhook)
  .openapi(routes.updateWebhook, handlers.patchWebhook)
  .openapi(routes.deleteWebhook, handlers.deleteWebhook)
  .openapi(routes.listDeliveries, handlers.getDeliveries)
  .openapi(routes.redeliver, handlers.postRedeliver);
