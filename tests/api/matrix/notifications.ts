import { adminOnly, signedIn } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

export const notificationCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/me/notifications',
    request: () => ({ path: '/api/v1/me/notifications' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/me/notifications/read',
    request: () => ({ path: '/api/v1/me/notifications/read', method: 'POST', body: { all: true } }),
    expect: signedIn(200),
  },
  {
    route: 'GET /api/v1/me/notification-preferences',
    request: () => ({ path: '/api/v1/me/notification-preferences' }),
    expect: signedIn(200),
  },
  {
    route: 'PUT /api/v1/me/notification-preferences',
    request: () => ({
      path: '/api/v1/me/notification-preferences',
      method: 'PUT',
      body: { channels: { solution_submitted: 'weekly' } },
    }),
    expect: signedIn(200),
  },
  {
    route: 'GET /api/v1/me/saved-searches',
    request: () => ({ path: '/api/v1/me/saved-searches' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/me/saved-searches',
    request: () => ({ path: '/api/v1/me/saved-searches', method: 'POST', body: { q: `genome ${unique()}` } }),
    expect: signedIn(201),
  },
  {
    route: 'DELETE /api/v1/me/saved-searches/{id}',
    // Each role deletes a search of its own; someone else's would be a 404.
    request: async (world, role) => {
      if (role === 'anonymous') return { path: `/api/v1/me/saved-searches/${crypto.randomUUID()}`, method: 'DELETE' };
      const saved = await api('/api/v1/me/saved-searches', {
        token: world.users[role].token,
        body: { tag: 'imaging' },
      });
      return { path: `/api/v1/me/saved-searches/${saved.body.id}`, method: 'DELETE' };
    },
    expect: signedIn(204),
  },
  { route: 'GET /api/v1/admin/emails', request: () => ({ path: '/api/v1/admin/emails' }), expect: adminOnly(200) },
];
