import type { RouteHandler } from '@hono/zod-openapi';
import { listChallengesFor, loadChallenge } from '../../access/challenges';
import { ANONYMOUS } from '../../domain/actor';
import { atomFeed, deadlineCalendar, FEED_SIZE, feedItems, summaryEntry } from '../../domain/challenges/feeds';
import { ChallengeListQuerySchema } from '../../domain/challenges/list.query';
import { notVisible } from '../../domain/errors';
import { savedSearchByFeed } from '../../domain/notifications/saved-searches';
import type { AppEnv } from '../../env';
import { OK } from '../../http/status';
import type * as routes from './feeds.routes';

export const atom: RouteHandler<typeof routes.atom, AppEnv> = async (c) => {
  const xml = atomFeed(new URL(c.req.url).origin, await feedItems(c.var.db));
  return c.body(xml, OK, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  });
};

export const calendar: RouteHandler<typeof routes.calendar, AppEnv> = async (c) => {
  const record = await loadChallenge(c.var.db, c.var.actor, c.req.valid('param').id);
  return c.body(deadlineCalendar(new URL(c.req.url).origin, record), OK, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="bedside-deadline-${record.row.id}.ics"`,
    'Cache-Control': c.var.actor.type === 'anonymous' ? 'public, max-age=300' : 'private, no-cache',
  });
};

/**
 * A saved search's matches, newest first. Whoever holds the address reads it (a feed reader, a
 * forwarded link), so it lists what an anonymous visitor may see: public challenges only.
 */
export const savedSearchAtom: RouteHandler<typeof routes.savedSearchAtom, AppEnv> = async (c) => {
  const { feed } = c.req.valid('param');
  const token = /^([0-9a-f]+)\.atom$/.exec(feed)?.[1];
  const search = token ? await savedSearchByFeed(c.var.db, token) : undefined;
  if (!search) throw notVisible('feed');
  // Stored as the catalogue's query after the same schema validated it; newest first suits a feed.
  const query = ChallengeListQuerySchema.parse({ ...search.query, limit: FEED_SIZE, sort: 'newest' });
  const { data } = await listChallengesFor(c.var.db, ANONYMOUS, query);
  const origin = new URL(c.req.url).origin;
  const self = `${origin}/feeds/saved/${feed}`;
  const xml = atomFeed(origin, data.map(summaryEntry), {
    id: self,
    title: `Bedside: ${search.name}`,
    description: 'Public challenges that match a saved search.',
    self,
    link: `${origin}/challenges?${new URLSearchParams(search.query)}`,
  });
  return c.body(xml, OK, {
    'Content-Type': 'application/atom+xml; charset=utf-8',
    // The address is someone's own: not for shared caches or search engines.
    'Cache-Control': 'private, max-age=300',
    'X-Robots-Tag': 'noindex',
  });
};
