import type { RouteHandler } from '@hono/zod-openapi';
import { answerQuestion, askQuestion, listQuestions } from '../../domain/challenges/questions';
import type { AppEnv } from '../../env';
import { cachedJson } from '../../http/etag';
import { idAfter, toPage } from '../../http/pagination';
import { CREATED, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import { loadVisibleChallenge, loadVisibleChallengeWith } from './load';
import type * as routes from './questions.routes';

export const list: RouteHandler<typeof routes.listQuestions, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const after = idAfter(cursor);
  const viewer = c.var.actor.type === 'user' ? c.var.actor.id : null;
  const [, rows] = await loadVisibleChallengeWith(c, id, listQuestions(c.var.db, id, viewer, limit + 1, after));
  return cachedJson(
    c,
    toPage(
      rows,
      limit,
      (q) => [q.id],
      (q) => q,
    ),
  );
};

export const ask: RouteHandler<typeof routes.askQuestion, AppEnv> = async (c) => {
  const record = await loadVisibleChallenge(c, c.req.valid('param').id);
  const actor = authorizeUser(c.var.actor, 'question.ask', record.row);
  return c.json(await askQuestion(c.var.db, actor, record, c.req.valid('json').body), CREATED);
};

export const answer: RouteHandler<typeof routes.answerQuestion, AppEnv> = async (c) => {
  const { id, qid } = c.req.valid('param');
  const record = await loadVisibleChallenge(c, id);
  const actor = authorizeUser(c.var.actor, 'question.answer', record.row);
  return c.json(await answerQuestion(c.var.db, actor, record, qid, c.req.valid('json').answer), OK);
};
