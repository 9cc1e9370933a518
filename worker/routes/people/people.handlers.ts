import type { RouteHandler } from '@hono/zod-openapi';
import { listVisiblePeople, loadOwnProfile, saveOwnProfile } from '../../access/people';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
import { OK } from '../../http/status';
import type * as routes from './people.routes';

export const list: RouteHandler<typeof routes.listPeople, AppEnv> = async (c) =>
  c.json(withNextLink(c, await listVisiblePeople(c.var.db, c.var.actor, c.req.valid('query'))), OK);

export const get: RouteHandler<typeof routes.getProfile, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(await loadOwnProfile(c.var.db, c.var.actor), OK);
};

export const patch: RouteHandler<typeof routes.patchProfile, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(await saveOwnProfile(c.var.db, c.var.actor, c.req.valid('json')), OK);
};
