import { type Role, signedIn, type World } from '../../helpers/actors';
import { api } from '../../helpers/http';
import type { MatrixCase } from './types';

/** A key of the role's own (anonymous: a random id, which is a 401 before any lookup). */
async function ownKey(world: World, role: Role) {
  if (role === 'anonymous') return crypto.randomUUID();
  const created = await api('/api/v1/me/api-keys', {
    token: world.users[role].token,
    body: { name: 'Matrix key', scopes: ['challenges:read'] },
  });
  return created.body.id as string;
}

/** Issue 18: every signed-in person manages their own keys; another's key is a 404 (tests/api/keys). */
export const apiKeyCases: MatrixCase[] = [
  { route: 'GET /api/v1/me/api-keys', request: () => ({ path: '/api/v1/me/api-keys' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/me/api-keys',
    request: () => ({
      path: '/api/v1/me/api-keys',
      method: 'POST',
      body: { name: 'Matrix key', scopes: ['impact:read'] },
    }),
    expect: signedIn(201),
  },
  {
    route: 'DELETE /api/v1/me/api-keys/{id}',
    request: async (world, role) => ({ path: `/api/v1/me/api-keys/${await ownKey(world, role)}`, method: 'DELETE' }),
    expect: signedIn(204),
  },
  {
    route: 'GET /api/v1/me/api-keys/{id}/usage',
    request: async (world, role) => ({ path: `/api/v1/me/api-keys/${await ownKey(world, role)}/usage` }),
    expect: signedIn(200),
  },
];
