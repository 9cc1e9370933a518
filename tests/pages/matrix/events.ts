import { everyone } from '../../helpers/actors';
import { createEvent, registerFor } from '../../helpers/events';
import { type PageCase, publicPage, signedInPage } from './types';

/** Events are public once published; a draft only to its organisers (the world's moderator, admins). */
export const eventCases: PageCase[] = [
  { page: '/events', path: async () => '/events', expect: publicPage() },
  // Organisers only: the moderators of a cluster (admins moderate every cluster).
  {
    page: '/events/new',
    path: async () => '/events/new',
    expect: signedInPage(403, { moderator: 200, other_moderator: 200, admin: 200 }),
  },
  {
    page: '/events/{id}/edit',
    path: async (world) => `/events/${(await createEvent(world.users.moderator, world.cluster.slug)).id}/edit`,
    expect: signedInPage(403, { moderator: 200, admin: 200 }),
  },
  {
    page: '/events/{id}',
    variant: 'published, the clinician registered',
    path: async (world) => {
      const event = await createEvent(world.users.moderator, world.cluster.slug);
      await registerFor(world.users.clinician, event.id);
      return `/events/${event.id}`;
    },
    expect: publicPage(),
  },
  {
    page: '/events/{id}',
    variant: 'draft',
    path: async (world) =>
      `/events/${(await createEvent(world.users.moderator, world.cluster.slug, { status: 'draft' })).id}`,
    expect: { ...everyone(404), moderator: 200, admin: 200 },
  },
];
