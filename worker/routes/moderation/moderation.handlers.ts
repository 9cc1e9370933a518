import type { RouteHandler } from '@hono/zod-openapi';
import { readAuditLog } from '../../domain/moderation/audit-log';
import { moderationQueue } from '../../domain/moderation/queue';
import { createReport, resolveReport } from '../../domain/moderation/reports';
import type { AppEnv } from '../../env';
import { idAfter, toPage } from '../../http/pagination';
import { CREATED, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './moderation.routes';

export const queue: RouteHandler<typeof routes.queue, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'moderation.queue');
  c.header('Cache-Control', 'private, no-store');
  return c.json(await moderationQueue(c.var.db, actor), OK);
};

export const report: RouteHandler<typeof routes.createReport, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'report.create');
  return c.json(await createReport(c.var.db, actor, c.req.valid('json')), CREATED);
};

export const resolve: RouteHandler<typeof routes.resolveReport, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'report.create');
  const { action, note } = c.req.valid('json');
  return c.json(await resolveReport(c.var.db, actor, c.req.valid('param').id, action, note), OK);
};

export const audit: RouteHandler<typeof routes.audit, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'audit.read');
  const { limit, cursor, ...filter } = c.req.valid('query');
  const before = idAfter(cursor);
  const rows = await readAuditLog(c.var.db, actor, { ...filter, limit: limit + 1, before });
  c.header('Cache-Control', 'private, no-store');
  return c.json(
    toPage(
      rows,
      limit,
      (row) => [row.id],
      ({ actor_id, actor_name, ...row }) => ({
        ...row,
        actor: actor_id ? { id: actor_id, name: actor_name ?? '' } : null,
      }),
    ),
    OK,
  );
};
