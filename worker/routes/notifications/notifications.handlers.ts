import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { outboxByStatus } from '../../domain/email/outbox';
import { inboxQuery, markRead as markNotificationsRead, unreadCount } from '../../domain/notifications/inbox';
import { readPreferences, savePreferences } from '../../domain/notifications/preferences';
import { deleteSavedSearch, listSavedSearches, saveSearch as save } from '../../domain/notifications/saved-searches';
import { idAfter, toPage } from '../../domain/paging';
import type { AppEnv } from '../../env';
import { withNextLink } from '../../http/next-link';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './notifications.routes';

const own = (c: Context<AppEnv>) => {
  c.header('Cache-Control', 'private, no-store');
  return authorizeUser(c.var.actor, 'notifications.own');
};

export const inbox: RouteHandler<typeof routes.inbox, AppEnv> = async (c) => {
  const actor = own(c);
  const { limit, cursor } = c.req.valid('query');
  const [rows, count] = await c.var.db.batch([
    inboxQuery(c.var.db, actor.id, limit + 1, idAfter(cursor)),
    unreadCount(c.var.db, actor.id),
  ]);
  const page = toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => r,
  );
  return c.json({ ...withNextLink(c, page), unread_count: count[0]?.count ?? 0 }, OK);
};

export const markRead: RouteHandler<typeof routes.markRead, AppEnv> = async (c) => {
  const actor = own(c);
  return c.json(await markNotificationsRead(c.var.db, actor, c.req.valid('json')), OK);
};

export const getPreferences: RouteHandler<typeof routes.getPreferences, AppEnv> = async (c) =>
  c.json(await readPreferences(c.var.db, own(c).id), OK);

export const putPreferences: RouteHandler<typeof routes.putPreferences, AppEnv> = async (c) =>
  c.json(await savePreferences(c.var.db, own(c), c.req.valid('json')), OK);

/** Feed addresses are absolute, so a feed reader can take them as they are. */
const withFeed = (c: Context<AppEnv>, search: Awaited<ReturnType<typeof listSavedSearches>>[number]) => {
  const { feed_token, ...rest } = search;
  return { ...rest, feed_url: `${new URL(c.req.url).origin}/feeds/saved/${feed_token}.atom` };
};

export const listSaved: RouteHandler<typeof routes.listSavedSearches, AppEnv> = async (c) => {
  const actor = own(c);
  const rows = await listSavedSearches(c.var.db, actor.id);
  return c.json({ data: rows.map((row) => withFeed(c, row)) }, OK);
};

export const saveSearch: RouteHandler<typeof routes.saveSearch, AppEnv> = async (c) => {
  own(c);
  const actor = authorizeUser(c.var.actor, 'saved_search.create');
  const id = await save(c.var.db, actor, c.req.valid('json'));
  const saved = (await listSavedSearches(c.var.db, actor.id)).find((s) => s.id === id);
  if (!saved) throw new Error('The saved search was not found right after it was written.');
  return c.json(withFeed(c, saved), CREATED);
};

export const deleteSaved: RouteHandler<typeof routes.deleteSavedSearch, AppEnv> = async (c) => {
  await deleteSavedSearch(c.var.db, own(c), c.req.valid('param').id);
  return c.body(null, NO_CONTENT);
};

export const outbox: RouteHandler<typeof routes.outbox, AppEnv> = async (c) => {
  authorizeUser(c.var.actor, 'emails.read');
  const { limit, cursor, status } = c.req.valid('query');
  const rows = await outboxByStatus(c.var.db, status, limit + 1, idAfter(cursor));
  c.header('Cache-Control', 'private, no-store');
  const page = toPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => r,
  );
  return c.json(withNextLink(c, page), OK);
};
