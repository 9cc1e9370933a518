import type { RouteHandler } from '@hono/zod-openapi';
import { appliedSchemaVersion } from '../../db/schema-version';
import type { AppEnv } from '../../env';
import { Problem } from '../../http/problem';
import { OK } from '../../http/status';
import type { health, liveness } from './health.routes';

export const getHealth: RouteHandler<typeof health, AppEnv> = async (c) => {
  const version = await appliedSchemaVersion(c.var.db).catch((cause: unknown) => {
    throw new Problem(
      'unavailable',
      'The database cannot be read. Check the D1 binding and that migrations were applied.',
      {
        cause,
      },
    );
  });
  if (!version) {
    throw new Problem('unavailable', 'No migrations have been applied. Run `wrangler d1 migrations apply DB`.');
  }
  return c.json({ status: 'ok' as const, schema_version: version.name, migrations_applied: version.count }, OK);
};

export const getLiveness: RouteHandler<typeof liveness, AppEnv> = (c) => c.json({ status: 'ok' as const }, OK);
