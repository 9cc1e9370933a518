import { everyone, PASSWORD, signedIn } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

export const accountCases: MatrixCase[] = [
  { route: 'GET /api/v1/health', request: () => ({ path: '/api/v1/health' }), expect: everyone(200) },
  { route: 'GET /api/v1/health/live', request: () => ({ path: '/api/v1/health/live' }), expect: everyone(200) },
  { route: 'GET /.well-known/jwks.json', request: () => ({ path: '/.well-known/jwks.json' }), expect: everyone(200) },
  {
    route: 'POST /api/v1/auth/register',
    request: () => ({
      path: '/api/v1/auth/register',
      method: 'POST',
      body: { email: `m-${unique()}@test.example`, password: PASSWORD, name: 'Matrix User', kind: 'solver' },
    }),
    expect: everyone(201),
  },
  {
    route: 'POST /api/v1/auth/login',
    request: (world, role) => ({
      path: '/api/v1/auth/login',
      method: 'POST',
      body: { email: world.users[role === 'anonymous' ? 'solver' : role].email, password: PASSWORD },
    }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/auth/logout',
    // A separate session per call, so the role's own token stays valid for the other cases.
    request: async (world, role) => {
      if (role === 'anonymous') return { path: '/api/v1/auth/logout', method: 'POST' };
      const login = await api('/api/v1/auth/login', { body: { email: world.users[role].email, password: PASSWORD } });
      return { path: '/api/v1/auth/logout', method: 'POST', token: login.body.token };
    },
    expect: signedIn(204),
  },
  { route: 'GET /api/v1/me', request: () => ({ path: '/api/v1/me' }), expect: signedIn(200) },
];
