import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, BASE, isProblem } from '../../helpers/http';

describe('CSRF protection of cookie-authenticated writes', () => {
  it('refuses a cookie-authenticated POST from another origin, or with no Origin, and leaves the session alive', async () => {
    const user = await registerUser('clinician');
    for (const origin of ['https://evil.example', undefined]) {
      const res = await api('/api/v1/auth/logout', {
        method: 'POST',
        cookie: user.cookie,
        headers: origin ? { origin } : {},
      });
      expect(isProblem(res, 403, 'forbidden')).toBe(true);
      expect(res.body.detail).toMatch(/Cross-site request refused/);
    }
    expect((await api('/api/v1/me', { cookie: user.cookie })).status).toBe(200);
  });

  it('accepts the same request from our own origin', async () => {
    const user = await registerUser('clinician');
    const res = await api('/api/v1/auth/logout', { method: 'POST', cookie: user.cookie, headers: { origin: BASE } });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/__Host-bedside_session=;.*Max-Age=0/);
    expect((await api('/api/v1/me', { cookie: user.cookie })).status).toBe(401);
  });

  it('does not apply to Bearer requests, which carry no ambient credentials', async () => {
    const user = await registerUser('solver');
    const res = await api('/api/v1/auth/logout', {
      method: 'POST',
      token: user.token,
      headers: { origin: 'https://tool.example' },
    });
    expect(res.status).toBe(204);
  });
});
