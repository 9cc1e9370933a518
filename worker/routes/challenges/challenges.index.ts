import { createRouter } from '../../http/router';
import * as handlers from './challenges.handlers';
import * as routes from './challenges.routes';
import * as endorsementHandlers from './endorsements.handlers';
import * as endorsementRoutes from './endorsements.routes';
import * as feedHandlers from './feeds.handlers';
import * as feedRoutes from './feeds.routes';
import * as questionHidingHandlers from './question-hiding.handlers';
import * as questionHidingRoutes from './question-hiding.routes';
import * as questionHandlers from './questions.handlers';
import * as questionRoutes from './questions.routes';

export const challengesRouter = createRouter()
  .openapi(routes.listChallenges, handlers.list)
  .openapi(routes.createChallenge, handlers.create)
  .openapi(routes.getChallenge, handlers.get)
  .openapi(routes.patchChallenge, handlers.patch)
  .openapi(routes.transitionChallenge, handlers.transition)
  .openapi(questionRoutes.listQuestions, questionHandlers.list)
  .openapi(questionRoutes.askQuestion, questionHandlers.ask)
  .openapi(questionRoutes.answerQuestion, questionHandlers.answer)
  .openapi(questionHidingRoutes.hideQuestion, questionHidingHandlers.hide)
  .openapi(endorsementRoutes.endorse, endorsementHandlers.put)
  .openapi(endorsementRoutes.unendorse, endorsementHandlers.remove)
  .openapi(feedRoutes.atom, feedHandlers.atom)
  .openapi(feedRoutes.calendar, feedHandlers.calendar)
  .openapi(feedRoutes.savedSearchAtom, feedHandlers.savedSearchAtom);
