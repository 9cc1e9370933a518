import type { RouteHandler } from '@hono/zod-openapi';
import {
  authorizeMilestone,
  authorizePatch,
  listVisibleCooperations,
  loadCooperation,
  loadCooperationFor,
  loadMilestoneFor,
  toCooperation,
} from '../../access/cooperations';
import { addMilestone, updateCooperation, updateMilestone } from '../../domain/cooperations/update';
import type { AppEnv } from '../../env';
import { cachedJson, requiredVersion } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import type * as routes from './cooperations.routes';

/** The cooperation as the writer reads it now, not cached. */
async function current(c: Parameters<RouteHandler<typeof routes.getCooperation, AppEnv>>[0], id: string) {
  c.header('Cache-Control', 'no-store');
  const loaded = await loadCooperation(c.var.db, c.var.actor, id);
  c.header('ETag', `"v${loaded.row.version}"`);
  return toCooperation(loaded);
}

export const list: RouteHandler<typeof routes.listCooperations, AppEnv> = async (c) => {
  const page = await listVisibleCooperations(c.var.db, c.var.actor, c.req.valid('query'));
  return cachedJson(c, withNextLink(c, page));
};

export const get: RouteHandler<typeof routes.getCooperation, AppEnv> = async (c) => {
  const loaded = await loadCooperation(c.var.db, c.var.actor, c.req.valid('param').id);
  return cachedJson(c, toCooperation(loaded), loaded.row.version);
};

export const patch: RouteHandler<typeof routes.patchCooperation, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...fields } = c.req.valid('json');
  const loaded = await loadCooperation(c.var.db, c.var.actor, id);
  const actor = authorizePatch(c.var.actor, loaded, fields);
  await updateCooperation(c.var.db, actor, loaded.row, requiredVersion(c, bodyVersion, 'cooperation'), fields);
  return c.json(await current(c, id), OK);
};

export const addOne: RouteHandler<typeof routes.addMilestone, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const input = c.req.valid('json');
  const loaded = await loadCooperationFor(c.var.db, c.var.actor, id, 'cooperation.edit');
  authorizeMilestone(c.var.actor, loaded, input);
  await addMilestone(c.var.db, loaded.actor, loaded.row, input);
  return c.json(await current(c, id), CREATED);
};

export const patchOne: RouteHandler<typeof routes.patchMilestone, AppEnv> = async (c) => {
  const { id, mid } = c.req.valid('param');
  const { version: bodyVersion, ...fields } = c.req.valid('json');
  const loaded = await loadMilestoneFor(c.var.db, c.var.actor, id, mid);
  const write = authorizeMilestone(c.var.actor, loaded, fields, loaded.milestone);
  const version = requiredVersion(c, bodyVersion, 'milestone');
  await updateMilestone(c.var.db, loaded.actor, loaded.row, loaded.milestone, version, write);
  return c.json(await current(c, id), OK);
};
