import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallengeFor, loadChallengeWith } from '../../access/challenges';
import { stagesOf, stagesQueries, toStages } from '../../domain/stages/read';
import { replaceStages } from '../../domain/stages/write';
import type { AppEnv } from '../../env';
import { cachedJson, requiredVersion } from '../../http/etag';
import { OK } from '../../http/status';
import type * as routes from './stages.routes';

/** The stages of a challenge, for whoever may see it (404 otherwise). */
export const list: RouteHandler<typeof routes.listStages, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  // The challenge and its stages in one round trip; the stages are returned only if it is visible.
  const [record, ...rows] = await loadChallengeWith(c.var.db, c.var.actor, id, ...stagesQueries(c.var.db, id));
  return cachedJson(c, toStages(record.row.id, record.row.current_stage, rows));
};

/** Replaces the stages (see replaceStages): the owner before approval, at the version they read. */
export const set: RouteHandler<typeof routes.setStages, AppEnv> = async (c) => {
  const { version: bodyVersion, ...input } = c.req.valid('json');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'challenge.edit');
  await replaceStages(c.var.db, actor, record, requiredVersion(c, bodyVersion, 'challenge'), input);
  c.header('Cache-Control', 'no-store');
  return c.json(await stagesOf(c.var.db, record.row.id, record.row.current_stage), OK);
};
