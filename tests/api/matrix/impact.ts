import { adminOnly, everyone } from '../../helpers/actors';
import type { MatrixCase } from './types';

/** Everyone reads a cluster's figures (its moderators and admins all of them, the rest the public ones). */
export const impactCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/clusters/{slug}/impact',
    request: (world) => ({ path: `/api/v1/clusters/${world.cluster.slug}/impact` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/clusters/{slug}/impact.csv',
    request: (world) => ({ path: `/api/v1/clusters/${world.cluster.slug}/impact.csv` }),
    expect: everyone(200),
  },
  { route: 'GET /api/v1/impact', request: () => ({ path: '/api/v1/impact' }), expect: adminOnly(200) },
  { route: 'GET /api/v1/impact.csv', request: () => ({ path: '/api/v1/impact.csv' }), expect: adminOnly(200) },
];
