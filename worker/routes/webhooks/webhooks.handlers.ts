import type { RouteHandler } from '@hono/zod-openapi';
import { targetCheckOf } from '../../domain/webhooks/deliver';
import { listDeliveries, redeliver } from '../../domain/webhooks/deliveries';
import * as hooks from '../../domain/webhooks/manage';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
import { ACCEPTED, CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import { enqueue } from '../../queue/producer';
import type * as routes from './webhooks.routes';

export const getWebhooks: RouteHandler<typeof routes.listWebhooks, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  return c.json({ data: await hooks.listWebhooks(c.var.db, actor.id) }, OK);
};

export const postWebhook: RouteHandler<typeof routes.createWebhook, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.create');
  const input = c.req.valid('json');
  await hooks.assertTarget(input.url, targetCheckOf(c.env));
  return c.json(await hooks.createWebhook(c.var.db, actor, input), CREATED);
};

export const getWebhook: RouteHandler<typeof routes.getWebhook, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  return c.json(await hooks.getWebhook(c.var.db, actor, c.req.valid('param').id), OK);
};

export const patchWebhook: RouteHandler<typeof routes.updateWebhook, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  const patch = c.req.valid('json');
  if (patch.url !== undefined) await hooks.assertTarget(patch.url, targetCheckOf(c.env));
  return c.json(await hooks.updateWebhook(c.var.db, actor, c.req.valid('param').id, patch), OK);
};

export const deleteWebhook: RouteHandler<typeof routes.deleteWebhook, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  await hooks.deleteWebhook(c.var.db, actor, c.req.valid('param').id);
  return c.body(null, NO_CONTENT);
};

export const getDeliveries: RouteHandler<typeof routes.listDeliveries, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  return c.json(
    withNextLink(c, await listDeliveries(c.var.db, actor, c.req.valid('param').id, c.req.valid('query'))),
    OK,
  );
};

export const postRedeliver: RouteHandler<typeof routes.redeliver, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'webhook.own');
  const { id, did } = c.req.valid('param');
  const delivery = await redeliver(c.var.db, actor, id, did);
  await enqueue(c.env, [{ type: 'webhook', delivery: delivery.id }]);
  return c.json(delivery, ACCEPTED);
};
