import { everyone } from '../../helpers/actors';
import type { MatrixCase } from './types';

/** Open data is public: the same answer for everyone, signed in or not. */
export const openDataCases: MatrixCase[] = [
  { route: 'GET /api/v1/open-data', request: () => ({ path: '/api/v1/open-data' }), expect: everyone(200) },
  {
    route: 'GET /api/v1/open-data/{file}',
    request: () => ({ path: '/api/v1/open-data/challenges.json' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/open-data/{file}',
    variant: 'CSV of the results',
    request: () => ({ path: '/api/v1/open-data/results.csv' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/open-data/{file}',
    variant: 'CSV of the calls',
    request: () => ({ path: '/api/v1/open-data/calls.csv' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/open-data/{file}',
    variant: 'JSON of the public cooperation milestones',
    request: () => ({ path: '/api/v1/open-data/cooperation_milestones.json' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/open-data/{file}',
    variant: 'an unknown dataset',
    request: () => ({ path: '/api/v1/open-data/users.csv' }),
    expect: everyone(404),
  },
];
