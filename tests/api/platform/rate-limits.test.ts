import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PASSWORD, registerUser } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';

const login = (email: string, password: string, client: string) =>
  api('/api/v1/auth/login', { body: { email, password }, headers: { 'cf-connecting-ip': client } });

describe('rate limits (D1 windows, shared by every isolate)', () => {
  it('pauses sign-in for an account after 5 failures, even with the right password, from an address that failed', async () => {
    const user = await registerUser('clinician');
    for (let i = 0; i < 5; i++) {
      expect((await login(user.email, 'wrong password!', `203.0.113.${i}`)).status).toBe(401);
    }
    // Clients that have not failed may still try (sign-in-lockout.test.ts); these have.
    const blocked = await login(user.email, PASSWORD, '203.0.113.4');
    expect(isProblem(blocked, 429, 'rate_limited')).toBe(true);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    // 15 minutes from the fifth failure, not to the end of a fixed window.
    expect(retryAfter).toBeGreaterThan(15 * 60 - 30);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.detail).toMatch(/Try again in \d+ minute/);
    // Another account is not affected.
    const other = await registerUser('clinician');
    expect((await login(other.email, PASSWORD, '203.0.113.100')).status).toBe(200);
  });

  it('resets the account counter after a successful sign-in', async () => {
    const user = await registerUser('solver');
    for (let i = 0; i < 4; i++) await login(user.email, 'wrong password!', '203.0.113.150');
    expect((await login(user.email, PASSWORD, '203.0.113.150')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(user.email, 'wrong password!', '203.0.113.151')).status).toBe(401);
  });

  it('pauses one client address after 20 failures across accounts', async () => {
    const client = `192.0.2.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
    for (let i = 0; i < 20; i++) {
      expect((await login(`nobody-${i}-${crypto.randomUUID()}@x.example`, 'wrong password!', client)).status).toBe(401);
    }
    const user = await registerUser('clinician');
    expect(isProblem(await login(user.email, PASSWORD, client), 429, 'rate_limited')).toBe(true);
    expect((await login(user.email, PASSWORD, `${client}-other`)).status).toBe(200);
  });

  it('limits registrations per client address to 10 an hour', async () => {
    const client = `registration-${crypto.randomUUID()}`;
    const register = (i: number) =>
      api('/api/v1/auth/register', {
        body: {
          email: `r${i}-${crypto.randomUUID()}@x.example`,
          password: PASSWORD,
          name: 'Rate Test',
          kind: 'solver',
        },
        headers: { 'cf-connecting-ip': client },
      });
    for (let i = 0; i < 10; i++) expect((await register(i)).status).toBe(201);
    const blocked = await register(10);
    expect(isProblem(blocked, 429, 'rate_limited')).toBe(true);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE name = 'Rate Test'").first<{
      n: number;
    }>();
    expect(stored?.n).toBeGreaterThanOrEqual(10);
  });

  it('limits anonymous API reads per address through the rate-limiting binding', async () => {
    const client = `reader-${crypto.randomUUID()}`;
    const read = () => api('/api/v1/clusters?limit=1', { headers: { 'cf-connecting-ip': client } });
    // The binding counts in fixed 60 s windows: if a window ends mid-run the count restarts, so the
    // first refusal comes after at least 300 reads and within two windows' worth.
    let served = 0;
    let limited = await read();
    while (limited.status === 200 && served < 700) {
      served++;
      limited = await read();
    }
    expect(served).toBeGreaterThanOrEqual(300);
    expect(isProblem(limited, 429, 'rate_limited')).toBe(true);
    expect(limited.headers.get('retry-after')).toBe('60');
    // Signed-in readers are not subject to the anonymous limit.
    const user = await registerUser('solver');
    const signedIn = await api('/api/v1/clusters?limit=1', {
      token: user.token,
      headers: { 'cf-connecting-ip': client },
    });
    expect(signedIn.status).toBe(200);
  });
});
