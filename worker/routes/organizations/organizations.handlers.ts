import type { RouteHandler } from '@hono/zod-openapi';
import { listOrganizationsFor, loadOrganization } from '../../access/organizations';
import type { AppEnv } from '../../env';
import { cachedJson } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import type * as routes from './organizations.routes';

export const list: RouteHandler<typeof routes.listOrganizations, AppEnv> = async (c) =>
  cachedJson(c, withNextLink(c, await listOrganizationsFor(c.var.db, c.var.actor, c.req.valid('query'))));

/** Its ETag names the profile's version: those who edit it send it back as If-Match. */
export const get: RouteHandler<typeof routes.getOrganization, AppEnv> = async (c) => {
  const { profile, version } = await loadOrganization(c.var.db, c.var.actor, c.req.valid('param').id);
  return cachedJson(c, profile, version);
};
