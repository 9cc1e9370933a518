import { everyone, signedIn, type World } from '../../helpers/actors';
import { callBody, callTransition, createCall, publishedCall } from '../../helpers/calls';
import type { MatrixCase } from './types';

/** Signed-in users 403 and anonymous 401, except the cluster's moderator and admins. */
const managers = (status: number) => ({ ...signedIn(403), moderator: status, admin: status });
/** Hidden (404) from all but the cluster's moderator and admins. */
const hiddenBut = (status: number) => ({ ...everyone(404), moderator: status, admin: status });

const draftOf = (world: World) => createCall(world.users.moderator, [world.cluster.slug]);

export const callCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/calls',
    request: (world) => ({ path: `/api/v1/calls?cluster=${world.cluster.slug}` }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/calls',
    request: (world) => ({ path: '/api/v1/calls', method: 'POST', body: callBody([world.cluster.slug]) }),
    expect: managers(201),
  },
  {
    route: 'GET /api/v1/calls/{id}',
    variant: 'published: public',
    request: async (world) => ({
      path: `/api/v1/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}`,
    }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/calls/{id}',
    variant: 'a draft: its managers only',
    request: async (world) => ({ path: `/api/v1/calls/${(await draftOf(world)).id}` }),
    expect: hiddenBut(200),
  },
  {
    route: 'PATCH /api/v1/calls/{id}',
    variant: 'a draft',
    request: async (world) => ({
      path: `/api/v1/calls/${(await draftOf(world)).id}`,
      method: 'PATCH',
      body: { version: 1, title: 'A call renamed in the matrix' },
    }),
    expect: hiddenBut(200),
  },
  {
    route: 'PATCH /api/v1/calls/{id}',
    variant: 'published: its managers amend',
    request: async (world) => ({
      path: `/api/v1/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}`,
      method: 'PATCH',
      body: { version: 3, title: 'A call amended in the matrix' },
    }),
    expect: managers(200),
  },
  {
    route: 'POST /api/v1/calls/{id}/transitions',
    variant: 'submit a draft',
    request: async (world) => ({
      path: `/api/v1/calls/${(await draftOf(world)).id}/transitions`,
      method: 'POST',
      body: { action: 'submit' },
    }),
    expect: hiddenBut(200),
  },
  {
    route: 'POST /api/v1/calls/{id}/transitions',
    variant: 'publish: never its creator',
    request: async (world) => {
      const { id } = await draftOf(world);
      await callTransition(world.users.moderator, id, 'submit');
      return { path: `/api/v1/calls/${id}/transitions`, method: 'POST', body: { action: 'publish' } };
    },
    expect: { ...hiddenBut(403), admin: 200 },
  },
  {
    route: 'POST /api/v1/calls/{id}/transitions',
    variant: 'close a published call',
    request: async (world) => ({
      path: `/api/v1/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}/transitions`,
      method: 'POST',
      body: { action: 'close' },
    }),
    expect: managers(200),
  },
  {
    route: 'GET /api/v1/calls/{id}/challenges.atom',
    request: async (world) => ({
      path: `/api/v1/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}/challenges.atom`,
    }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/calls/{id}/challenges.atom',
    variant: 'a draft: no feed, for anyone',
    request: async (world) => ({ path: `/api/v1/calls/${(await draftOf(world)).id}/challenges.atom` }),
    expect: everyone(404),
  },
  {
    route: 'GET /api/v1/calls/{id}/calendar.ics',
    request: async (world) => ({
      path: `/api/v1/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}/calendar.ics`,
    }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/calls/{id}/calendar.ics',
    variant: 'a draft: its managers only',
    request: async (world) => ({ path: `/api/v1/calls/${(await draftOf(world)).id}/calendar.ics` }),
    expect: hiddenBut(200),
  },
];
