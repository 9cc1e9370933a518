import { createRoute, z } from '@hono/zod-openapi';
import { ChallengeCreateSchema, ChallengePatchSchema } from '../../domain/challenges/challenge.schema';
import { ChallengeSchema, ChallengeSummarySchema } from '../../domain/challenges/challenge.view';
import { TRANSITION_ACTIONS } from '../../domain/challenges/lifecycle';
import { ChallengeListQuerySchema } from '../../domain/challenges/list.query';
import { pageOf } from '../../domain/paging';
import {
  IfMatchHeader,
  idParam,
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  problemResponses,
  SIGNED_IN,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';

const tags = ['Challenges'];
export const IdParam = z.object({ id: idParam('id') });

export const listChallenges = createRoute({
  operationId: 'listChallenges',
  method: 'get',
  path: '/api/v1/challenges',
  tags,
  summary: 'Challenges you may see: search, filter, sort, cursor pages',
  security: OPTIONAL_SIGN_IN,
  request: { query: ChallengeListQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(ChallengeSummarySchema), 'A page of challenges.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('validation_failed', 'rate_limited'),
  },
});

export const createChallenge = createRoute({
  operationId: 'createChallenge',
  method: 'post',
  path: '/api/v1/challenges',
  tags,
  summary: 'Post a new challenge as a draft (clinicians)',
  security: SIGNED_IN,
  request: { body: jsonBody(ChallengeCreateSchema) },
  responses: {
    [CREATED]: jsonContent(ChallengeSchema, 'The draft.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden'),
  },
});

export const getChallenge = createRoute({
  operationId: 'getChallenge',
  method: 'get',
  path: '/api/v1/challenges/{id}',
  tags,
  summary: 'A challenge with its clinical need, criteria, counts and Q&A',
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The challenge; its ETag can be sent back as If-Match.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const patchChallenge = createRoute({
  operationId: 'patchChallenge',
  method: 'patch',
  path: '/api/v1/challenges/{id}',
  tags,
  summary: 'Edit (owner, in draft / changes requested) or amend (moderator, after approval)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(ChallengePatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The challenge after the edit.'),
    ...problemResponses(
      'validation_failed',
      'unauthorized',
      'forbidden',
      'not_found',
      'invalid_state',
      'stale_version',
    ),
  },
});

export const TransitionSchema = z
  .object({
    action: z.enum(TRANSITION_ACTIONS),
    note: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .openapi({ description: 'Required for request_changes and reject.' }),
  })
  .strict()
  .openapi('Transition');

export const transitionChallenge = createRoute({
  operationId: 'transitionChallenge',
  method: 'post',
  path: '/api/v1/challenges/{id}/transitions',
  tags,
  summary: 'Move a challenge through its life cycle',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(TransitionSchema) },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The challenge in its new state.'),
    ...problemResponses(
      'validation_failed',
      'unauthorized',
      'forbidden',
      'not_found',
      'invalid_state',
      'stale_version',
    ),
  },
});
