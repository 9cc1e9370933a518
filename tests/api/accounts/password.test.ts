import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';
import { delivered, outboxTo, tokenFromMail } from '../../helpers/mail';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const login = (email: string, password: string) => api('/api/v1/auth/login', { body: { email, password } });
const NEW_PASSWORD = 'a completely new passphrase';

describe('forgotten and changed passwords', () => {
  it('forgot → the reset email → reset: every old session is dead, the new password works, the address is confirmed', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const other = await login(user.email, PASSWORD);
    expect((await api('/api/v1/me', { token: other.body.token })).status).toBe(200);

    const asked = await api('/api/v1/auth/password-reset', { body: { email: user.email.toUpperCase() } });
    expect(asked.status).toBe(202);
    const token = await tokenFromMail(user.email, 'reset_password', '/reset-password');
    const reset = await api('/api/v1/auth/password-reset/confirm', { body: { token, password: NEW_PASSWORD } });
    expect(reset.status, JSON.stringify(reset.body)).toBe(204);

    for (const session of [user.token, other.body.token]) {
      const res = await api('/api/v1/me', { token: session });
      expect(isProblem(res, 401, 'unauthorized')).toBe(true);
    }
    expect((await login(user.email, PASSWORD)).status).toBe(401);
    const fresh = await login(user.email, NEW_PASSWORD);
    expect(fresh.status).toBe(200);
    expect(fresh.body.user.email_confirmed).toBe(true);

    const again = await api('/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'yet another password' },
    });
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown address exactly like a known one, and sends nothing to it', async () => {
    const known = await registerUser('solver');
    const unknown = `nobody-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const answers = [];
    for (const email of [known.email, unknown]) {
      const started = performance.now();
      const res = await api('/api/v1/auth/password-reset', { body: { email } });
      answers.push({ status: res.status, body: res.body, ms: performance.now() - started });
    }
    expect(answers[0]?.status).toBe(202);
    expect(answers[1]?.status).toBe(202);
    expect(answers[1]?.body).toEqual(answers[0]?.body);
    // The same work on the request path (limits, one queue message): the same timing class.
    const [a, b] = answers.map((x) => x.ms) as [number, number];
    expect(Math.max(a, b)).toBeLessThan(Math.min(a, b) * 5 + 50);
    await delivered(known.email, 'reset_password');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await outboxTo(unknown)).toEqual([]);
  });

  it('limits reset requests per address and per client, with Retry-After', async () => {
    const user = await registerUser('solver');
    for (let i = 0; i < 3; i++)
      expect((await api('/api/v1/auth/password-reset', { body: { email: user.email } })).status).toBe(202);
    const limited = await api('/api/v1/auth/password-reset', { body: { email: user.email } });
    expect(isProblem(limited, 429, 'rate_limited')).toBe(true);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const client = { 'cf-connecting-ip': `client-${crypto.randomUUID()}` };
    for (let i = 0; i < 10; i++) {
      await api('/api/v1/auth/password-reset', {
        headers: client,
        body: { email: `x${i}-${crypto.randomUUID()}@test.example` },
      });
    }
    const fromClient = await api('/api/v1/auth/password-reset', { headers: client, body: { email: 'y@test.example' } });
    expect(isProblem(fromClient, 429, 'rate_limited')).toBe(true);
  });

  it('changes a password with the current one: other sessions end, this one stays', async () => {
    const user = await registerUser('clinician');
    const second = await login(user.email, PASSWORD);
    const wrong = await api('/api/v1/auth/password', {
      token: user.token,
      body: { current_password: 'not my password', password: NEW_PASSWORD },
    });
    expect(isProblem(wrong, 400, 'validation_failed')).toBe(true);
    expect(wrong.body.errors[0].path).toBe('current_password');
    const changed = await api('/api/v1/auth/password', {
      token: user.token,
      body: { current_password: PASSWORD, password: NEW_PASSWORD },
    });
    expect(changed.status).toBe(204);
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
    expect((await api('/api/v1/me', { token: second.body.token })).status).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('signs out everywhere, this session too', async () => {
    const user = await registerUser('clinician');
    const second = await login(user.email, PASSWORD);
    const res = await api('/api/v1/auth/sessions/revoke-all', { method: 'POST', token: user.token });
    expect(res.status).toBe(204);
    for (const session of [user.token, second.body.token]) {
      expect((await api('/api/v1/me', { token: session })).status).toBe(401);
    }
    const open = await env.DB.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL')
      .bind(user.id)
      .first();
    expect(open?.n).toBe(0);
    expect(world.users.admin).toBeTruthy();
  });
});
