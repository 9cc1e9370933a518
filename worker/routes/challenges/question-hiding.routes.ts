import { createRoute } from '@hono/zod-openapi';
import { idParam, problemResponses, SIGNED_IN } from '../../http/openapi';
import { NO_CONTENT } from '../../http/status';
import { IdParam } from './challenges.routes';

export const hideQuestion = createRoute({
  operationId: 'hideQuestion',
  method: 'post',
  path: '/api/v1/challenges/{id}/questions/{qid}/hide',
  tags: ['Questions'],
  summary: 'Hide a question, e.g. a sales pitch (challenge owner, moderators of its cluster)',
  description:
    'Whether reported or not. The question disappears for everyone, in every state of the challenge, and the step is audited. A question already hidden is not found.',
  security: SIGNED_IN,
  request: { params: IdParam.extend({ qid: idParam('qid') }) },
  responses: {
    [NO_CONTENT]: { description: 'Hidden.' },
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});
