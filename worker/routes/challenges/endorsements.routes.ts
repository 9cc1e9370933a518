import { createRoute, z } from '@hono/zod-openapi';
import { jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from './challenges.routes';

const tags = ['Endorsements'];
export const EndorsementSchema = z
  .object({ endorsed: z.boolean(), endorsement_count: z.number().int() })
  .openapi('Endorsement');

const responses = {
  [OK]: jsonContent(EndorsementSchema, 'Your endorsement and the new count.'),
  ...problemResponses('unauthorized', 'forbidden', 'not_found', 'invalid_state'),
};

export const endorse = createRoute({
  operationId: 'endorseChallenge',
  method: 'put',
  path: '/api/v1/challenges/{id}/endorsement',
  tags,
  summary: '"We have this need too": endorse a challenge (once per user; idempotent)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses,
});

export const unendorse = createRoute({
  operationId: 'unendorseChallenge',
  method: 'delete',
  path: '/api/v1/challenges/{id}/endorsement',
  tags,
  summary: 'Withdraw your endorsement (idempotent)',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses,
});
