import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallengeFor } from '../../access/challenges';
import { findChallenge, toChallenge } from '../../domain/challenges/read';
import { advanceStage } from '../../domain/evaluation/advance';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import type * as routes from './advance.routes';

/** Advances a shortlist (see advanceStage): the owner or a moderator, while the stage is in evaluation. */
export const advance: RouteHandler<typeof routes.advanceStage, AppEnv> = async (c) => {
  const { id, stage } = c.req.valid('param');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'challenge.advance');
  await advanceStage(c.var.db, actor, record, stage, c.req.valid('json'));
  const advanced = await findChallenge(c.var.db, id, actor.id);
  if (!advanced) throw new Error(`Challenge ${id} vanished right after advancing a stage.`);
  c.header('Cache-Control', 'no-store');
  return c.json(toChallenge(advanced, actor), OK);
};
