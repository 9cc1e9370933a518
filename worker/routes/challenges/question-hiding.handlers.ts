import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallengeFor } from '../../access/challenges';
import { hideQuestion } from '../../domain/challenges/questions';
import type { AppEnv } from '../../env';
import { NO_CONTENT } from '../../http/status';
import type * as routes from './question-hiding.routes';

export const hide: RouteHandler<typeof routes.hideQuestion, AppEnv> = async (c) => {
  const { id, qid } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'question.hide');
  await hideQuestion(c.var.db, actor, record, qid);
  return c.body(null, NO_CONTENT);
};
