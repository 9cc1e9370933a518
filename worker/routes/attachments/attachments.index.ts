import { createRouter } from '../../http/router';
import * as handlers from './attachments.handlers';
import * as routes from './attachments.routes';

export const attachmentsRouter = createRouter()
  .openapi(routes.uploadSolutionAttachment, handlers.uploadToSolution)
  .openapi(routes.uploadChallengeAttachment, handlers.uploadToChallenge)
  .openapi(routes.getAttachment, handlers.download)
  .openapi(routes.deleteAttachment, handlers.remove);
