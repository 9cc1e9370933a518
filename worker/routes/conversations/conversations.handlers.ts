import type { RouteHandler } from '@hono/zod-openapi';
import {
  block as blockConversation,
  contact,
  listOwnConversations,
  loadConversation,
  reply,
  report as reportConversation,
  shareOwnEmail,
} from '../../access/conversations';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import type * as routes from './conversations.routes';

export const list: RouteHandler<typeof routes.listConversations, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(withNextLink(c, await listOwnConversations(c.var.db, c.var.actor, c.req.valid('query'))), OK);
};

export const start: RouteHandler<typeof routes.startConversation, AppEnv> = async (c) => {
  const { created, view } = await contact(c.var.db, c.var.actor, c.req.valid('json'));
  return created ? c.json(view, CREATED) : c.json(view, OK);
};

export const messages: RouteHandler<typeof routes.getMessages, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  const view = await loadConversation(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('query'));
  return c.json(withNextLink(c, view), OK);
};

export const post: RouteHandler<typeof routes.postMessage, AppEnv> = async (c) =>
  c.json(await reply(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), CREATED);

export const share: RouteHandler<typeof routes.shareEmail, AppEnv> = async (c) =>
  c.json(await shareOwnEmail(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').share_email), OK);

export const block: RouteHandler<typeof routes.block, AppEnv> = async (c) =>
  c.json(await blockConversation(c.var.db, c.var.actor, c.req.valid('param').id), OK);

export const report: RouteHandler<typeof routes.report, AppEnv> = async (c) =>
  c.json(await reportConversation(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), OK);
