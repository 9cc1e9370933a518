import type { RouteHandler } from '@hono/zod-openapi';
import { keyClusterFor } from '../../access/api-keys';
import * as keys from '../../domain/accounts/api-keys';
import type { AppEnv } from '../../env';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './api-keys.routes';

export const getApiKeys: RouteHandler<typeof routes.listApiKeys, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'api_key.own');
  return c.json({ data: await keys.listApiKeys(c.var.db, actor.id) }, OK);
};

export const postApiKey: RouteHandler<typeof routes.createApiKey, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'api_key.create');
  const input = c.req.valid('json');
  const clusterId = await keyClusterFor(c.var.db, actor, input.cluster);
  return c.json(await keys.createApiKey(c.var.db, actor, input, clusterId), CREATED);
};

export const deleteApiKey: RouteHandler<typeof routes.revokeApiKey, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'api_key.own');
  await keys.revokeApiKey(c.var.db, actor, c.req.valid('param').id);
  return c.body(null, NO_CONTENT);
};

export const getApiKeyUsage: RouteHandler<typeof routes.apiKeyUsage, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'api_key.own');
  return c.json((await keys.apiKeyUsageOf(c.var.db, actor, c.req.valid('param').id)).usage, OK);
};
