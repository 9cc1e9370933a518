import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listCallsFor, loadCall, loadCallForEdit } from '../../access/calls';
import { listChallengesFor } from '../../access/challenges';
import { ANONYMOUS } from '../../domain/actor';
import { callCalendar, callFeedMeta } from '../../domain/calls/feeds';
import { findCall, toCall } from '../../domain/calls/read';
import { clustersBySlug, createCall, transitionCall, updateCall } from '../../domain/calls/write';
import { atomFeed, FEED_SIZE, summaryEntry } from '../../domain/challenges/feeds';
import type { AppEnv } from '../../env';
import { cachedJson, requiredVersion } from '../../http/etag';
import { CREATED, OK } from '../../http/status';
import { authorizeUser, can } from '../../policy/policy';
import type * as routes from './calls.routes';

export const list: RouteHandler<typeof routes.listCalls, AppEnv> = async (c) =>
  cachedJson(c, { items: await listCallsFor(c.var.db, c.var.actor, c.req.valid('query').cluster) });

export const get: RouteHandler<typeof routes.getCall, AppEnv> = async (c) => {
  const record = await loadCall(c.var.db, c.var.actor, c.req.valid('param').id);
  return cachedJson(c, toCall(record, can(c.var.actor, 'call.edit', record)), record.version);
};

/** The call as it is now, for the response to a write. */
async function current(c: Context<AppEnv>, id: string) {
  const record = await findCall(c.var.db, id);
  if (!record) throw new Error(`Call ${id} vanished right after a write.`);
  c.header('ETag', `"v${record.version}"`);
  c.header('Cache-Control', 'no-store');
  return toCall(record, can(c.var.actor, 'call.edit', record));
}

export const create: RouteHandler<typeof routes.createCall, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const clusters = await clustersBySlug(c.var.db, input.clusters);
  const actor = authorizeUser(c.var.actor, 'call.create', { clusters });
  const id = await createCall(c.var.db, actor, clusters, input);
  c.header('Location', `/api/v1/calls/${id}`);
  return c.json(await current(c, id), CREATED);
};

export const patch: RouteHandler<typeof routes.patchCall, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...changes } = c.req.valid('json');
  const { record, actor } = await loadCallForEdit(c.var.db, c.var.actor, id);
  await updateCall(c.var.db, actor, record, requiredVersion(c, bodyVersion, 'call'), changes);
  return c.json(await current(c, id), OK);
};

export const transition: RouteHandler<typeof routes.transitionCall, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { action, note } = c.req.valid('json');
  const record = await loadCall(c.var.db, c.var.actor, id);
  const actor = authorizeUser(c.var.actor, 'call.transition', { call: record, action });
  await transitionCall(c.var.db, actor, record, action, note);
  return c.json(await current(c, id), OK);
};

/**
 * The call's challenges as Atom. A feed reader does not sign in, so the feed of a published call
 * carries what an anonymous visitor may see: its public challenges.
 */
export const atom: RouteHandler<typeof routes.callAtom, AppEnv> = async (c) => {
  const record = await loadCall(c.var.db, ANONYMOUS, c.req.valid('param').id);
  const { data } = await listChallengesFor(c.var.db, ANONYMOUS, { call: record.id, limit: FEED_SIZE, sort: 'newest' });
  const origin = new URL(c.req.url).origin;
  return c.body(atomFeed(origin, data.map(summaryEntry), callFeedMeta(origin, record)), OK, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  });
};

export const calendar: RouteHandler<typeof routes.callCalendar, AppEnv> = async (c) => {
  const record = await loadCall(c.var.db, c.var.actor, c.req.valid('param').id);
  const { data } = await listChallengesFor(c.var.db, c.var.actor, {
    call: record.id,
    limit: FEED_SIZE,
    sort: 'newest',
  });
  return c.body(callCalendar(new URL(c.req.url).origin, record, data), OK, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="bedside-call-${record.id}.ics"`,
    'Cache-Control': c.var.actor.type === 'anonymous' ? 'public, max-age=300' : 'private, no-cache',
  });
};
