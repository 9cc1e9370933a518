import { createRoute } from '@hono/zod-openapi';
import { ChallengeSchema } from '../../domain/challenges/challenge.view';
import { AdvanceInputSchema, StageParam } from '../../domain/evaluation/advance.schema';
import { jsonBody, jsonContent, problemResponses, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

export const advanceStage = createRoute({
  operationId: 'advanceStage',
  method: 'post',
  path: '/api/v1/challenges/{id}/stages/{stage}/advance',
  tags: ['Stages'],
  summary:
    "Advance a shortlist from the stage in evaluation to the next: the others get the outcome not_advanced (and the jury's feedback if shared); the challenge opens again to the shortlist only (owner or a moderator of its cluster)",
  security: SIGNED_IN,
  request: { params: IdParam.extend(StageParam.shape), body: jsonBody(AdvanceInputSchema) },
  responses: {
    [OK]: jsonContent(ChallengeSchema, 'The challenge, open in the next stage.'),
    ...WRITE_PROBLEMS,
    ...problemResponses('stale_version', 'not_in_stage'),
  },
});
