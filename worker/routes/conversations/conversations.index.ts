import { createRouter } from '../../http/router';
import * as handlers from './conversations.handlers';
import * as routes from './conversations.routes';

export const conversationsRouter = createRouter()
  .openapi(routes.listConversations, handlers.list)
  .openapi(routes.startConversation, handlers.start)
  .openapi(routes.getMessages, handlers.messages)
  .openapi(routes.postMessage, handlers.post)
  .openapi(routes.shareEmail, handlers.share)
  .openapi(routes.block, handlers.block)
  .openapi(routes.report, handlers.report);
