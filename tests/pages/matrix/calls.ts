import { everyone } from '../../helpers/actors';
import { createCall, publishedCall } from '../../helpers/calls';
import { type PageCase, publicPage, signedInPage } from './types';

/** The calls list, and a call's page: public once published, its managers' alone before (404 to others). */
export const callCases: PageCase[] = [
  { page: '/calls', path: async () => '/calls', expect: publicPage() },
  {
    page: '/calls/{id}',
    variant: 'published',
    path: async (world) =>
      `/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}`,
    expect: publicPage(),
  },
  {
    page: '/calls/{id}',
    variant: 'a draft',
    path: async (world) => `/calls/${(await createCall(world.users.moderator, [world.cluster.slug])).id}`,
    expect: { ...everyone(404), moderator: 200, admin: 200 },
  },
  {
    page: '/calls/new',
    path: async () => '/calls/new',
    expect: signedInPage(403, { moderator: 200, other_moderator: 200, admin: 200 }),
  },
  {
    page: '/calls/{id}/edit',
    variant: 'a draft',
    path: async (world) => `/calls/${(await createCall(world.users.moderator, [world.cluster.slug])).id}/edit`,
    expect: signedInPage(404, { moderator: 200, admin: 200 }),
  },
  {
    page: '/calls/{id}/edit',
    variant: 'published',
    path: async (world) =>
      `/calls/${await publishedCall(world.users.moderator, world.users.admin, [world.cluster.slug])}/edit`,
    expect: signedInPage(403, { moderator: 200, admin: 200 }),
  },
];
