import type { RouteHandler } from '@hono/zod-openapi';
import { loadChallenge } from '../../access/challenges';
import { atomFeed, deadlineCalendar, feedItems } from '../../domain/challenges/feeds';
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
