import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallengeFor, loadChallengeWith } from '../../access/challenges';
import { answerQuestion, askQuestion, listQuestions } from '../../domain/challenges/questions';
import { idAfter, toPage } from '../../domain/paging';
import type { AppEnv } from '../../env';
import { cachedJson } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import type * as routes from './questions.routes';

export const list: RouteHandler<typeof routes.listQuestions, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const viewer = c.var.actor.type === 'user' ? c.var.actor.id : null;
  const query = listQuestions(c.var.db, id, viewer, limit + 1, idAfter(cursor));
  const [, rows] = await loadChallengeWith(c.var.db, c.var.actor, id, query);
  return cachedJson(
    c,
    withNextLink(
      c,
      toPage(
        rows,
        limit,
        (q) => [q.id],
        (q) => q,
      ),
    ),
  );
};

export const ask: RouteHandler<typeof routes.askQuestion, AppEnv> = async (c) => {
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'question.ask');
  return c.json(await askQuestion(c.var.db, actor, record, c.req.valid('json').body), CREATED);
};

export const answer: RouteHandler<typeof routes.answerQuestion, AppEnv> = async (c) => {
  const { id, qid } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'question.answer');
  return c.json(await answerQuestion(c.var.db, actor, record, qid, c.req.valid('json').answer), OK);
};
