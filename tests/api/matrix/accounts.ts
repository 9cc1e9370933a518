import { everyone, PASSWORD, registerUser, signedIn } from '../../helpers/actors';
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
  { route: 'GET /api/v1/me/export', request: () => ({ path: '/api/v1/me/export' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/auth/verification',
    variant: 'already confirmed',
    request: () => ({ path: '/api/v1/auth/verification', method: 'POST' }),
    expect: signedIn(409),
  },
  {
    route: 'POST /api/v1/auth/verification',
    variant: 'not confirmed yet',
    request: async (_world, role) => {
      if (role === 'anonymous') return { path: '/api/v1/auth/verification', method: 'POST' };
      const fresh = await registerUser('solver', {}, { confirmed: false });
      return { path: '/api/v1/auth/verification', method: 'POST', token: fresh.token };
    },
    expect: signedIn(202),
  },
  {
    route: 'POST /api/v1/auth/verification/confirm',
    request: () => ({ path: '/api/v1/auth/verification/confirm', method: 'POST', body: { token: 'not-a-link-token' } }),
    expect: everyone(400),
  },
  {
    route: 'POST /api/v1/auth/password-reset',
    request: () => ({
      path: '/api/v1/auth/password-reset',
      method: 'POST',
      body: { email: `r-${unique()}@test.example` },
    }),
    expect: everyone(202),
  },
  {
    route: 'POST /api/v1/auth/password-reset/confirm',
    request: () => ({
      path: '/api/v1/auth/password-reset/confirm',
      method: 'POST',
      body: { token: 'not-a-link-token', password: 'a brand new password' },
    }),
    expect: everyone(400),
  },
  {
    route: 'POST /api/v1/auth/password',
    // The same password again: allowed, and the role's own session stays signed in.
    request: () => ({
      path: '/api/v1/auth/password',
      method: 'POST',
      body: { current_password: PASSWORD, password: PASSWORD },
    }),
    expect: signedIn(204),
  },
  {
    route: 'POST /api/v1/auth/sessions/revoke-all',
    // A throw-away account per call: signing out everywhere would end the role's own session.
    request: async (_world, role) => {
      if (role === 'anonymous') return { path: '/api/v1/auth/sessions/revoke-all', method: 'POST' };
      const fresh = await registerUser('solver');
      return { path: '/api/v1/auth/sessions/revoke-all', method: 'POST', token: fresh.token };
    },
    expect: signedIn(204),
  },
  {
    route: 'POST /api/v1/auth/email',
    request: () => ({
      path: '/api/v1/auth/email',
      method: 'POST',
      body: { email: `new-${unique()}@test.example`, current_password: PASSWORD },
    }),
    expect: signedIn(202),
  },
  {
    route: 'POST /api/v1/me/deletion',
    variant: 'a throw-away account',
    // A throw-away account per call: deleting would end the role's own account.
    request: async (_world, role) => {
      if (role === 'anonymous') return { path: '/api/v1/me/deletion', method: 'POST', body: { password: PASSWORD } };
      const fresh = await registerUser('solver');
      return { path: '/api/v1/me/deletion', method: 'POST', body: { password: PASSWORD }, token: fresh.token };
    },
    expect: signedIn(204),
  },
  {
    route: 'POST /api/v1/me/deletion',
    variant: 'the role’s own account, wrong password',
    request: () => ({ path: '/api/v1/me/deletion', method: 'POST', body: { password: 'not the password' } }),
    expect: signedIn(400),
  },
];
