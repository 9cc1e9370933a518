import { createRouter } from '../../http/router';
import * as handlers from './terms.handlers';
import * as routes from './terms.routes';

export const termsRouter = createRouter()
  .openapi(routes.listTemplates, handlers.list)
  .openapi(routes.createTemplate, handlers.create)
  .openapi(routes.getChallengeTerms, handlers.getForChallenge)
  .openapi(routes.setChallengeTerms, handlers.setForChallenge)
  .openapi(routes.acceptTerms, handlers.accept);
