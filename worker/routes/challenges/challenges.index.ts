import { createRouter } from '../../http/router';
import * as handlers from './challenges.handlers';
import * as routes from './challenges.routes';

export const challengesRouter = createRouter()
  .openapi(routes.listChallenges, handlers.list)
  .openapi(routes.createChallenge, handlers.create)
  .openapi(routes.getChallenge, handlers.get)
  .openapi(routes.patchChallenge, handlers.patch)
  .openapi(routes.transitionChallenge, handlers.transition);
