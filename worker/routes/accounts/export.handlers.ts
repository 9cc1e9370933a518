import type { RouteConfigToTypedResponse, RouteHandler } from '@hono/zod-openapi';
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
  // Already JSON, built in SQLite (domain/accounts/export.ts): sent as it is, not parsed and stringified again.
  const sent = c.body(data.json, OK, {
    'Content-Type': 'application/json',
    'Content-Disposition': `attachment; filename="${exportFileName(data)}"`,
    'Cache-Control': 'private, no-store',
  });
  // The text is a DataExport (tests/api/accounts/export-equal.test.ts compares it with the rows' export).
  return sent as unknown as RouteConfigToTypedResponse<typeof exportData>;
};
