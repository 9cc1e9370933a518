import type { RouteHandler } from '@hono/zod-openapi';
import {
  authorizeNewEvent,
  calendarOf,
  eventView,
  listVisibleEvents,
  loadEventFor,
  loadMeeting,
  loadRequestFor,
  loadSchedule,
} from '../../access/events';
import { requestQuery, toRequest } from '../../domain/events/read';
import {
  followUp as answerFollowUp,
  requestMeeting as askForMeeting,
  createEvent,
  decideApplication,
  decideRequest,
  runSchedule as planSchedule,
  register as registerFor,
  updateEvent,
} from '../../domain/events/write';
import type { AppEnv } from '../../env';
import { requiredVersion } from '../../http/etag';
import { withNextLink } from '../../http/next-link';
import { CREATED, OK } from '../../http/status';
import type * as routes from './events.routes';

type Ctx = Parameters<RouteHandler<typeof routes.getEvent, AppEnv>>[0];

/** The event as the actor reads it now, not cached. */
async function current(c: Ctx, id: string) {
  c.header('Cache-Control', 'no-store');
  const { view } = await eventView(c.var.db, c.var.actor, id);
  c.header('ETag', `"v${view.version}"`);
  return view;
}

export const list: RouteHandler<typeof routes.listEvents, AppEnv> = async (c) =>
  c.json(withNextLink(c, await listVisibleEvents(c.var.db, c.var.actor, c.req.valid('query'))), OK);

export const create: RouteHandler<typeof routes.createEvent, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const { actor, host, coHosts } = await authorizeNewEvent(c.var.db, c.var.actor, input);
  const id = await createEvent(c.var.db, actor, input, host, coHosts);
  return c.json(await current(c as unknown as Ctx, id), CREATED);
};

export const get: RouteHandler<typeof routes.getEvent, AppEnv> = async (c) =>
  c.json(await current(c, c.req.valid('param').id), OK);

export const patch: RouteHandler<typeof routes.patchEvent, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { version: bodyVersion, ...fields } = c.req.valid('json');
  const { row, actor } = await loadEventFor(c.var.db, c.var.actor, id, 'event.edit');
  await updateEvent(c.var.db, actor, row, requiredVersion(c, bodyVersion, 'event'), fields);
  return c.json(await current(c as unknown as Ctx, id), OK);
};

export const register: RouteHandler<typeof routes.register, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { row, actor } = await loadEventFor(c.var.db, c.var.actor, id, 'event.register');
  const mine = await registerFor(c.var.db, actor, row, c.req.valid('json'));
  return c.json(
    {
      event_id: mine.event_id,
      user_id: mine.user_id,
      status: mine.status,
      terms_accepted_at: mine.terms_accepted_at,
      availability: mine.availability ?? null,
    },
    CREATED,
  );
};

const application =
  (decision: 'accepted' | 'declined'): RouteHandler<typeof routes.acceptApplication, AppEnv> =>
  async (c) => {
    const { id, userId } = c.req.valid('param');
    const { row, actor } = await loadEventFor(c.var.db, c.var.actor, id, 'event.organise');
    await decideApplication(c.var.db, actor, row, userId, decision);
    return c.json(await current(c as unknown as Ctx, id), OK);
  };
export const acceptApplication = application('accepted');
export const declineApplication = application('declined');

async function requestView(c: Ctx, id: string) {
  const [row] = await requestQuery(c.var.db, id);
  return toRequest(row!);
}

export const requestMeeting: RouteHandler<typeof routes.requestMeeting, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { row, actor } = await loadEventFor(c.var.db, c.var.actor, id, 'event.request_meeting');
  const requestId = await askForMeeting(c.var.db, actor, row, c.req.valid('json'));
  return c.json(await requestView(c as unknown as Ctx, requestId), CREATED);
};

const answer =
  (decision: 'accepted' | 'declined'): RouteHandler<typeof routes.acceptRequest, AppEnv> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const { request, actor } = await loadRequestFor(c.var.db, c.var.actor, id);
    await decideRequest(c.var.db, actor, request, decision, async () => {
      const { row } = await loadEventFor(c.var.db, actor, request.event_id, 'event.read');
      return row;
    });
    return c.json(await requestView(c as unknown as Ctx, id), OK);
  };
export const acceptRequest = answer('accepted');
export const declineRequest = answer('declined');

export const schedule: RouteHandler<typeof routes.getSchedule, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(await loadSchedule(c.var.db, c.var.actor, c.req.valid('param').id), OK);
};

export const runSchedule: RouteHandler<typeof routes.runSchedule, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { actor } = await loadEventFor(c.var.db, c.var.actor, id, 'event.organise');
  await planSchedule(c.var.db, actor, async () => (await loadEventFor(c.var.db, actor, id, 'event.organise')).row);
  c.header('Cache-Control', 'no-store');
  return c.json(await loadSchedule(c.var.db, actor, id), OK);
};

export const calendar: RouteHandler<typeof routes.meetingCalendar, AppEnv> = async (c) => {
  const { meeting } = await loadMeeting(c.var.db, c.var.actor, c.req.valid('param').id, 'meeting.read');
  const ics = calendarOf(meeting, `${new URL(c.req.url).origin}/events/${meeting.event_id}`);
  return c.body(ics, OK, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="bedside-meeting-${meeting.id}.ics"`,
    'Cache-Control': 'private, no-cache',
  });
};

export const followUp: RouteHandler<typeof routes.followUp, AppEnv> = async (c) => {
  const { meeting, actor } = await loadMeeting(c.var.db, c.var.actor, c.req.valid('param').id, 'meeting.follow_up');
  return c.json(await answerFollowUp(c.var.db, actor, meeting, c.req.valid('json')), CREATED);
};
