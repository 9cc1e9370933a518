import { createRouter } from '../../http/router';
import * as handlers from './notifications.handlers';
import * as routes from './notifications.routes';

/** Your inbox, how notifications reach you, your saved searches; and, for admins, undelivered email. */
export const notificationsRouter = createRouter()
  .openapi(routes.inbox, handlers.inbox)
  .openapi(routes.markRead, handlers.markRead)
  .openapi(routes.getPreferences, handlers.getPreferences)
  .openapi(routes.putPreferences, handlers.putPreferences)
  .openapi(routes.listSavedSearches, handlers.listSaved)
  .openapi(routes.saveSearch, handlers.saveSearch)
  .openapi(routes.deleteSavedSearch, handlers.deleteSaved)
  .openapi(routes.outbox, handlers.outbox);
