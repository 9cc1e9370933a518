import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadChallengeFor } from '../../access/challenges';
import { setEndorsement } from '../../domain/challenges/endorsements';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import type * as routes from './endorsements.routes';

async function change(c: Context<AppEnv>, id: string, endorsed: boolean) {
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'endorsement.change');
  return setEndorsement(c.var.db, actor, record, endorsed);
}

export const put: RouteHandler<typeof routes.endorse, AppEnv> = async (c) =>
  c.json(await change(c, c.req.valid('param').id, true), OK);

export const remove: RouteHandler<typeof routes.unendorse, AppEnv> = async (c) =>
  c.json(await change(c, c.req.valid('param').id, false), OK);
