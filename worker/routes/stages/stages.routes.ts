import { createRoute } from '@hono/zod-openapi';
import { StagesInputSchema } from '../../domain/stages/stages.schema';
import { StagesSchema } from '../../domain/stages/stages.view';
import {
  IfMatchHeader,
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

const tags = ['Stages'];

export const listStages = createRoute({
  operationId: 'listStages',
  method: 'get',
  path: '/api/v1/challenges/{id}/stages',
  tags,
  summary:
    "A challenge's stages: each one's kind, deadlines, minimum of evaluations, required fields and criteria, and the stage it is in now (whoever sees the challenge)",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(StagesSchema, 'The stages, in order.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const setStages = createRoute({
  operationId: 'setStages',
  method: 'put',
  path: '/api/v1/challenges/{id}/stages',
  tags,
  summary:
    "Set a challenge's stages and each one's criteria (its owner, before approval; `version` or If-Match as for every edit). Stage 1's dates, minimum and feedback setting are the challenge's",
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(StagesInputSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(StagesSchema, 'The stages now.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version'),
  },
});
