import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listChallengesFor, loadChallenge, loadChallengeFor } from '../../access/challenges';
import { createChallenge } from '../../domain/challenges/create';
import { findChallenge, toChallenge } from '../../domain/challenges/read';
import { transitionChallenge } from '../../domain/challenges/transition';
import { updateChallenge } from '../../domain/challenges/update';
import type { AppEnv } from '../../env';
import { cachedJson, requiredVersion } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './challenges.routes';

export const list: RouteHandler<typeof routes.listChallenges, AppEnv> = async (c) =>
  cachedJson(c, withNextLink(c, await listChallengesFor(c.var.db, c.var.actor, c.req.valid('query'))));

export const get: RouteHandler<typeof routes.getChallenge, AppEnv> = async (c) => {
  const record = await loadChallenge(c.var.db, c.var.actor, c.req.valid('param').id);
  return cachedJson(c, toChallenge(record, c.var.actor), record.row.version);
};

/** The challenge as it is now, for the response to a write. */
async function current(c: Context<AppEnv>, id: string) {
  const record = await findChallenge(c.var.db, id, c.var.actor.type === 'user' ? c.var.actor.id : null);
  if (!record) throw new Error(`Challenge ${id} vanished right after a write.`);
  c.header('ETag', `"v${record.row.version}"`);
  c.header('Cache-Control', 'no-store');
  return toChallenge(record, c.var.actor);
}

export const create: RouteHandler<typeof routes.createChallenge, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'challenge.create');
  const { cluster, ...draft } = c.req.valid('json');
  const id = await createChallenge(c.var.db, actor, cluster, draft);
  c.header('Location', `/api/v1/challenges/${id}`);
  return c.json(await current(c, id), CREATED);
};

export const patch: RouteHandler<typeof routes.patchChallenge, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...changes } = c.req.valid('json');
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, id, 'challenge.edit');
  const version = requiredVersion(c, bodyVersion, 'challenge');
  await updateChallenge(c.var.db, actor, record, version, changes);
  return c.json(await current(c, id), OK);
};

export const transition: RouteHandler<typeof routes.transitionChallenge, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { action, note } = c.req.valid('json');
  const record = await loadChallenge(c.var.db, c.var.actor, id);
  const actor = authorizeUser(c.var.actor, 'challenge.transition', { challenge: record.row, action });
  await transitionChallenge(c.var.db, actor, record, action, note);
  return c.json(await current(c, id), OK);
};
