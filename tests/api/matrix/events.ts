import { everyone, type Role, signedIn, type World } from '../../helpers/actors';
import { accept, createEvent, daysAhead, moveToPast, registerFor, requestMeeting } from '../../helpers/events';
import { api, must } from '../../helpers/http';
import type { MatrixCase } from './types';

/** The world's moderator organises; admins moderate every cluster. */
const organisers = (status: number): Record<Role, number> => ({
  ...everyone(403),
  anonymous: 401,
  moderator: status,
  admin: status,
});

const fresh = (world: World, fields: Record<string, unknown> = {}) =>
  createEvent(world.users.moderator, world.cluster.slug, fields);

/** An event where the clinician and the solver are registered. */
async function withParticipants(world: World) {
  const event = await fresh(world);
  await registerFor(world.users.clinician, event.id);
  await registerFor(world.users.solver, event.id);
  return event;
}

/** The clinician asked the solver; accepted when `accepted`. */
async function request(world: World, accepted = false) {
  const event = await withParticipants(world);
  const { id } = await requestMeeting(world.users.clinician, event.id, world.users.solver);
  if (accepted) await accept(world.users.solver, id);
  return { event, id };
}

/** A placed meeting between the clinician and the solver. */
async function meeting(world: World, past = false) {
  const { event } = await request(world, true);
  const schedule = await must(api(`/api/v1/events/${event.id}/schedule`, { token: world.users.clinician.token }));
  if (past) await moveToPast(event.id);
  return schedule.body.meetings[0].id as string;
}

/** Its two people; 404 to everyone else. */
const parties = (status: number): Record<Role, number> => ({ ...everyone(404), clinician: status, solver: status });

export const eventCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/events',
    request: (world) => ({ path: `/api/v1/events?cluster=${world.cluster.slug}` }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/events',
    request: (world) => ({
      path: '/api/v1/events',
      method: 'POST',
      body: {
        cluster: world.cluster.slug,
        title: 'Partnering day',
        mode: 'online',
        link: 'https://meet.example.org/day',
        timezone: 'Europe/Berlin',
        ...daysAhead(10),
      },
    }),
    expect: organisers(201),
  },
  {
    route: 'GET /api/v1/events/{id}',
    variant: 'published',
    request: async (world) => ({ path: `/api/v1/events/${(await fresh(world)).id}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/events/{id}',
    variant: 'draft',
    request: async (world) => ({ path: `/api/v1/events/${(await fresh(world, { status: 'draft' })).id}` }),
    expect: { ...everyone(404), moderator: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/v1/events/{id}',
    request: async (world) => ({
      path: `/api/v1/events/${(await fresh(world)).id}`,
      method: 'PATCH',
      body: { title: 'Partnering day (renamed)', version: 1 },
    }),
    expect: organisers(200),
  },
  {
    route: 'POST /api/v1/events/{id}/registrations',
    request: async (world) => ({
      path: `/api/v1/events/${(await fresh(world)).id}/registrations`,
      method: 'POST',
      body: { accept_terms: true },
    }),
    expect: signedIn(201),
  },
  ...(['accept', 'decline'] as const).map(
    (decision): MatrixCase => ({
      route: `POST /api/v1/events/{id}/registrations/{userId}/${decision}`,
      request: async (world) => {
        const event = await fresh(world, { kind: 'exchange_visit', ...daysAhead(20, 48) });
        await registerFor(world.users.evaluator, event.id);
        return {
          path: `/api/v1/events/${event.id}/registrations/${world.users.evaluator.id}/${decision}`,
          method: 'POST',
        };
      },
      expect: organisers(200),
    }),
  ),
  {
    route: 'POST /api/v1/events/{id}/meeting-requests',
    request: async (world, role) => {
      const event = await withParticipants(world);
      const to = role === 'clinician' ? world.users.solver : world.users.clinician;
      return { path: `/api/v1/events/${event.id}/meeting-requests`, method: 'POST', body: { to: to.id } };
    },
    expect: { ...everyone(403), anonymous: 401, clinician: 201, solver: 201 },
  },
  ...(['accept', 'decline'] as const).map(
    (decision): MatrixCase => ({
      route: `POST /api/v1/meeting-requests/{id}/${decision}`,
      request: async (world) => ({
        path: `/api/v1/meeting-requests/${(await request(world)).id}/${decision}`,
        method: 'POST',
      }),
      // The person asked answers; the one who asked and the organisers may not; others do not see it.
      expect: { ...everyone(404), solver: 200, clinician: 403, moderator: 403, admin: 403 },
    }),
  ),
  {
    route: 'GET /api/v1/events/{id}/schedule',
    request: async (world) => ({ path: `/api/v1/events/${(await withParticipants(world)).id}/schedule` }),
    expect: { ...organisers(200), clinician: 200, solver: 200 },
  },
  {
    route: 'POST /api/v1/events/{id}/schedule',
    request: async (world) => ({
      path: `/api/v1/events/${(await request(world, true)).event.id}/schedule`,
      method: 'POST',
    }),
    expect: organisers(200),
  },
  {
    route: 'GET /api/v1/meetings/{id}/calendar.ics',
    request: async (world) => ({ path: `/api/v1/meetings/${await meeting(world)}/calendar.ics` }),
    expect: parties(200),
  },
  {
    route: 'POST /api/v1/meetings/{id}/follow-up',
    request: async (world) => ({
      path: `/api/v1/meetings/${await meeting(world, true)}/follow-up`,
      method: 'POST',
      body: { met: true, next_step: 'call' },
    }),
    expect: parties(201),
  },
];
