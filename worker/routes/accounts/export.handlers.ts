import type { RouteHandler } from '@hono/zod-openapi';
import { exportAccount, exportFileName } from '../../domain/accounts/export';
import { exportLimits, hitAllOrThrow } from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import { readLimitsOff } from '../../middleware/limits';
import { authorizeUser } from '../../policy/policy';
import type { exportData } from './export.routes';

export const getExport: RouteHandler<typeof exportData, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'me.read');
  if (!readLimitsOff(c.env)) await hitAllOrThrow(c.var.db, exportLimits(actor.id), 'data downloads');
  const data = await exportAccount(c.var.db, actor);
  c.header('Content-Disposition', `attachment; filename="${exportFileName(data)}"`);
  c.header('Cache-Control', 'private, no-store');
  return c.json(data, OK);
};
