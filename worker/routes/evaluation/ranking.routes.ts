import { createRoute, z } from '@hono/zod-openapi';
import { ChallengeSchema } from '../../domain/challenges/challenge.view';
import { DecisionInputSchema } from '../../domain/evaluation/evaluation.schema';
import { AgreementSchema, RankingQuerySchema, RankingSchema } from '../../domain/evaluation/evaluation.view';
import { EvaluationReportSchema, ReportQuerySchema } from '../../domain/evaluation/report.view';
import { StageQuerySchema } from '../../domain/stages/stages.view';
import {
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
  WRITE_PROBLEMS,
} from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Jury'];

export const ranking = createRoute({
  operationId: 'getRanking',
  method: 'get',
  path: '/api/v1/challenges/{id}/ranking',
  tags,
  summary:
    'Ranking, weighted or normalised per juror (owner, moderators, jury members who finished); after the decision, public results',
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam, query: RankingQuerySchema },
  responses: {
    [OK]: jsonContent(RankingSchema, 'The ranking.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const agreement = createRoute({
  operationId: 'getAgreement',
  method: 'get',
  path: '/api/v1/challenges/{id}/agreement',
  tags,
  summary:
    "Agreement between jurors (Krippendorff's alpha per criterion and overall) and the solutions to discuss before deciding, for a stage (the current one unless ?stage= says); for those who see that stage's full ranking",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam, query: StageQuerySchema },
  responses: {
    [OK]: jsonContent(AgreementSchema, 'The agreement figures.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const evaluationReport = createRoute({
  operationId: 'getEvaluationReport',
  method: 'get',
  path: '/api/v1/challenges/{id}/evaluation-report',
  tags,
  summary:
    'The evaluation report of a stage (the current one unless ?stage= says) for the decision or the shortlist: ranking by both methods, spreads, agreement, score distributions, juror leniency, conflicts, comments, overrides (owner and moderators, once in evaluation; an advanced stage keeps its report)',
  security: OPTIONAL_SIGN_IN,
  description:
    'JSON by default; one table as CSV (RFC 4180, UTF-8, header row, `Content-Disposition: attachment`) with ' +
    '`Accept: text/csv` or `?format=csv`, chosen by `?table=`. Text cells that a spreadsheet would run as a ' +
    "formula (starting with = + - @, a tab or a carriage return) are prefixed with '.",
  request: { params: IdParam, query: ReportQuerySchema },
  responses: {
    [OK]: {
      description: 'The report, or one of its tables as CSV.',
      headers: z.object({
        'Content-Disposition': z.string().optional().openapi({
          description: 'With CSV only.',
          example: 'attachment; filename="evaluation-report-ranking-2026-11-30.csv"',
        }),
      }),
      content: {
        'application/json': { schema: EvaluationReportSchema },
        'text/csv': { schema: z.string() },
      },
    },
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const decide = createRoute({
  operationId: 'decideChallenge',
  method: 'post',
  path: '/api/v1/challenges/{id}/decision',
  tags,
  summary: 'Name the winners and an optional shortlist; the challenge is decided and results published',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(DecisionInputSchema) },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The decided challenge.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});
