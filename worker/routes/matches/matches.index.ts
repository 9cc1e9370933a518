import { createRouter } from '../../http/router';
import * as handlers from './matches.handlers';
import * as routes from './matches.routes';

export const matchesRouter = createRouter()
  .openapi(routes.challengeMatches, handlers.challenge)
  .openapi(routes.myMatches, handlers.mine);
