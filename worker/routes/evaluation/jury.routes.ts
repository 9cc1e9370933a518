import { createRoute, z } from '@hono/zod-openapi';
import { EvaluatorSchema } from '../../domain/evaluation/evaluation.view';
import { StageQuerySchema } from '../../domain/stages/stages.view';
import { idParam, jsonContent, problemResponses, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { NO_CONTENT, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Jury'];
const JuryParams = IdParam.extend({ userId: idParam('userId') });

export const listJury = createRoute({
  operationId: 'listJury',
  method: 'get',
  path: '/api/v1/challenges/{id}/evaluators',
  tags,
  summary:
    'The jury of a stage (the current one unless ?stage= says; a later one may be seated ahead) and its progress there (owner, moderators)',
  security: SIGNED_IN,
  request: { params: IdParam, query: StageQuerySchema },
  responses: {
    [OK]: jsonContent(z.object({ data: z.array(EvaluatorSchema) }), 'The jury.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const getEvaluator = createRoute({
  operationId: 'getEvaluator',
  method: 'get',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags,
  summary:
    'One jury member of a stage (the current one unless ?stage= says) and their progress there (owner, moderators)',
  security: SIGNED_IN,
  request: { params: JuryParams, query: StageQuerySchema },
  responses: {
    [OK]: jsonContent(EvaluatorSchema, 'The jury member.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const assignEvaluator = createRoute({
  operationId: 'assignEvaluator',
  method: 'put',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags,
  summary:
    "Put a user on the jury of a stage (moderators; idempotent): the current stage's unless ?stage= names a later one; an advanced stage's jury is fixed (409)",
  security: SIGNED_IN,
  request: { params: JuryParams, query: StageQuerySchema },
  responses: {
    [OK]: jsonContent(EvaluatorSchema, 'The jury member.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('duplicate'),
  },
});

export const removeEvaluator = createRoute({
  operationId: 'removeEvaluator',
  method: 'delete',
  path: '/api/v1/challenges/{id}/evaluators/{userId}',
  tags,
  summary:
    'Take a user off the jury of a stage (the current one unless ?stage= names a later one; their scores there stop counting)',
  security: SIGNED_IN,
  request: { params: JuryParams, query: StageQuerySchema },
  responses: { [NO_CONTENT]: { description: 'Removed.' }, ...WRITE_PROBLEMS },
});
