import { createRouter } from '../../http/router';
import * as judging from './judging.handlers';
import * as judgingRoutes from './judging.routes';
import * as jury from './jury.handlers';
import * as juryRoutes from './jury.routes';
import * as ranking from './ranking.handlers';
import * as rankingRoutes from './ranking.routes';

/** Jury, conflicts, scores, ranking and decision. */
export const evaluationRouter = createRouter()
  .openapi(judgingRoutes.declareConflict, judging.conflict)
  .openapi(judgingRoutes.evaluate, judging.evaluate)
  .openapi(juryRoutes.listJury, jury.list)
  .openapi(juryRoutes.getEvaluator, jury.get)
  .openapi(juryRoutes.assignEvaluator, jury.assign)
  .openapi(juryRoutes.removeEvaluator, jury.remove)
  .openapi(rankingRoutes.ranking, ranking.ranking)
  .openapi(rankingRoutes.agreement, ranking.agreement)
  .openapi(rankingRoutes.evaluationReport, ranking.evaluationReport)
  .openapi(rankingRoutes.decide, ranking.decide);
