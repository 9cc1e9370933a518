import { everyone } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import type { MatrixCase } from './types';

/** The partner directory is public: listed profiles for everyone, unlisted ones for no one. */
export const organizationCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/organizations',
    request: () => ({ path: '/api/v1/organizations?offers=pilot_site&trl=5' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    variant: 'listed: public',
    request: async () => ({ path: `/api/v1/organizations/${(await profile()).id}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    variant: 'not listed: no one',
    request: async () => ({ path: `/api/v1/organizations/${(await profile({ listed: false })).id}` }),
    expect: everyone(404),
  },
];
