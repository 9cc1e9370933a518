import type { RouteHandler } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { getCluster as findCluster, listClusters as findClusters } from '../../domain/clusters/list';
import { appointModerator, createCluster, removeModerator } from '../../domain/clusters/manage';
import { decodeCursor, toPage } from '../../domain/paging';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
import { Problem } from '../../http/problem';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './clusters.routes';

const SlugCursor = z.tuple([z.string()]);

export const list: RouteHandler<typeof routes.listClusters, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const after = cursor ? decodeCursor(cursor, SlugCursor)[0] : undefined;
  const rows = await findClusters(c.var.db, limit + 1, after);
  const page = toPage(
    rows,
    limit,
    (row) => [row.slug],
    (row) => row,
  );
  return c.json(withNextLink(c, page), OK);
};

export const get: RouteHandler<typeof routes.getCluster, AppEnv> = async (c) => {
  const { slug } = c.req.valid('param');
  const cluster = await findCluster(c.var.db, slug);
  if (!cluster) throw new Problem('not_found', `There is no cluster '${slug}'. GET /api/v1/clusters lists them all.`);
  return c.json(cluster, OK);
};

export const create: RouteHandler<typeof routes.createCluster, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'cluster.create');
  return c.json(await createCluster(c.var.db, actor, c.req.valid('json')), CREATED);
};

export const appoint: RouteHandler<typeof routes.appointModerator, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'cluster.moderators.manage');
  const { slug, userId } = c.req.valid('param');
  return c.json(await appointModerator(c.var.db, actor, slug, userId), OK);
};

export const remove: RouteHandler<typeof routes.removeModerator, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'cluster.moderators.manage');
  const { slug, userId } = c.req.valid('param');
  await removeModerator(c.var.db, actor, slug, userId);
  return c.body(null, NO_CONTENT);
};
