import type { RouteHandler } from '@hono/zod-openapi';
import { auditLogFor, loadReport, loadReportable, moderationQueueFor } from '../../access/moderation';
import { createReport, resolveReport } from '../../domain/moderation/reports';
import { idAfter, toPage } from '../../domain/paging';
import type { AppEnv } from '../../env';
import { CREATED, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './moderation.routes';

export const queue: RouteHandler<typeof routes.queue, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'moderation.queue');
  c.header('Cache-Control', 'private, no-store');
  return c.json(await moderationQueueFor(c.var.db, actor, c.req.valid('query')), OK);
};

export const report: RouteHandler<typeof routes.createReport, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'report.create');
  const input = c.req.valid('json');
  const where = await loadReportable(c.var.db, actor, input.entity_type, input.entity_id);
  return c.json(await createReport(c.var.db, actor, where, input), CREATED);
};

export const resolve: RouteHandler<typeof routes.resolveReport, AppEnv> = async (c) => {
  const report = await loadReport(c.var.db, c.var.actor, c.req.valid('param').id);
  const actor = authorizeUser(c.var.actor, 'report.resolve', report);
  const { action, note } = c.req.valid('json');
  return c.json(await resolveReport(c.var.db, actor, report, action, note), OK);
};

export const audit: RouteHandler<typeof routes.audit, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'audit.read');
  const { limit, cursor, ...filter } = c.req.valid('query');
  const rows = await auditLogFor(c.var.db, actor, { ...filter, limit: limit + 1, before: idAfter(cursor) });
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
