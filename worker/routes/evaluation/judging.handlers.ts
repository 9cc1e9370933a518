import type { RouteHandler } from '@hono/zod-openapi';
import { loadSolution } from '../../access/solutions';
import { declareConflict } from '../../domain/evaluation/conflicts';
import { saveDraft, submitEvaluation } from '../../domain/evaluation/scoring';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import type * as routes from './judging.routes';

export const conflict: RouteHandler<typeof routes.declareConflict, AppEnv> = async (c) => {
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, c.req.valid('param').id, 'solution.declare');
  const { conflict: declared, note } = c.req.valid('json');
  return c.json(await declareConflict(c.var.db, actor, record, declared, note), OK);
};

export const evaluate: RouteHandler<typeof routes.evaluate, AppEnv> = async (c) => {
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, c.req.valid('param').id, 'solution.evaluate');
  const input = c.req.valid('json');
  const save = input.draft ? saveDraft : submitEvaluation;
  return c.json(await save(c.var.db, actor, record, input), OK);
};
