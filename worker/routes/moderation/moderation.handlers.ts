import type { RouteHandler } from '@hono/zod-openapi';
import {
  auditLogFor,
  challengeAuditFor,
  loadAuditEntry,
  loadReport,
  loadReportable,
  moderationQueueFor,
} from '../../access/moderation';
import { purgeAuditEntry } from '../../domain/moderation/audit-purge';
import { createReport, resolveReport } from '../../domain/moderation/reports';
import { idAfter, toPage } from '../../domain/paging';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
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

/** An audit entry as the API shows it: its actor by id and name. */
const entryOut = <R extends { actor_id: string | null; actor_name: string | null }>({
  actor_id,
  actor_name,
  ...row
}: R) => ({ ...row, actor: actor_id ? { id: actor_id, name: actor_name ?? '' } : null });

export const audit: RouteHandler<typeof routes.audit, AppEnv> = async (c) => {
  const { limit, cursor, ...filter } = c.req.valid('query');
  const query = { ...filter, limit: limit + 1, before: idAfter(cursor) };
  // One challenge's trail: its owner too (challenge.audit); the log as a whole: audit.read.
  const rows = filter.challenge
    ? await challengeAuditFor(c.var.db, c.var.actor, filter.challenge, query)
    : await auditLogFor(c.var.db, authorizeUser(c.var.actor, 'audit.read'), query);
  c.header('Cache-Control', 'private, no-store');
  return c.json(
    withNextLink(
      c,
      toPage(rows, limit, (row) => [row.id], entryOut),
    ),
    OK,
  );
};

export const purge: RouteHandler<typeof routes.purgeAudit, AppEnv> = async (c) => {
  const id = c.req.valid('param').id;
  const entry = await loadAuditEntry(c.var.db, c.var.actor, id);
  const actor = authorizeUser(c.var.actor, 'audit.purge');
  await purgeAuditEntry(c.var.db, actor, entry, c.req.valid('json'));
  const [purged] = await auditLogFor(c.var.db, actor, { id, limit: 1 });
  if (!purged) throw new Error('The purged audit entry was not found right after the purge.');
  c.header('Cache-Control', 'private, no-store');
  return c.json(entryOut(purged), OK);
};
