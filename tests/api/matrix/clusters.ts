import { adminOnly, everyone, registerUser } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

export const clusterCases: MatrixCase[] = [
  { route: 'GET /api/v1/clusters', request: () => ({ path: '/api/v1/clusters' }), expect: everyone(200) },
  {
    route: 'GET /api/v1/clusters/{slug}',
    request: (world) => ({ path: `/api/v1/clusters/${world.cluster.slug}` }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/clusters',
    request: () => ({
      path: '/api/v1/clusters',
      method: 'POST',
      body: { slug: `matrix-${unique()}`, name: 'Matrix', region: 'Matrix region', country: 'IT' },
    }),
    expect: adminOnly(201),
  },
  {
    route: 'PUT /api/v1/clusters/{slug}/moderators/{userId}',
    request: async (world) => {
      const user = await registerUser('clinician');
      return { path: `/api/v1/clusters/${world.cluster.slug}/moderators/${user.id}`, method: 'PUT' };
    },
    expect: adminOnly(200),
  },
  {
    route: 'DELETE /api/v1/clusters/{slug}/moderators/{userId}',
    request: async (world) => {
      const user = await registerUser('clinician');
      await api(`/api/v1/clusters/${world.cluster.slug}/moderators/${user.id}`, {
        method: 'PUT',
        token: world.users.admin.token,
      });
      return { path: `/api/v1/clusters/${world.cluster.slug}/moderators/${user.id}`, method: 'DELETE' };
    },
    expect: adminOnly(204),
  },
];
