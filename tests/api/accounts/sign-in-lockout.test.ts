import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PASSWORD, registerUser } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';

// Issue 13, item 7: attempts are counted before the password is checked, a pause lasts its full
// 15 minutes, clients are IPv4 addresses or IPv6 /64s, and a pause cannot keep an owner out.

const login = (email: string, password: string, client: string) =>
  api('/api/v1/auth/login', { body: { email, password }, headers: { 'cf-connecting-ip': client } });

const WRONG = 'wrong password!';
const hex = () => Math.floor(Math.random() * 0xffff).toString(16);
const nowSeconds = () => Math.floor(Date.now() / 1000);
const nobody = () => `nobody-${crypto.randomUUID()}@x.example`;

const guard = (key: string) =>
  env.DB.prepare('SELECT attempts, since, locked_until FROM sign_in_guards WHERE key = ?')
    .bind(key)
    .first<{ attempts: number; since: number; locked_until: number | null }>();

describe('sign-in lockout', () => {
  it('counts parallel guesses before checking them: at most 5 of 12 are checked', async () => {
    const user = await registerUser('clinician');
    const client = `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(user.email, WRONG, client)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    // The right password from that client is refused too: the account is paused.
    expect(isProblem(await login(user.email, PASSWORD, client), 429, 'rate_limited')).toBe(true);
  });

  it('pauses for 15 minutes from the fifth failure, however the failures fell into windows', async () => {
    const user = await registerUser('clinician');
    const client = `attacker-${crypto.randomUUID()}`;
    for (let i = 0; i < 4; i++) expect((await login(user.email, WRONG, client)).status).toBe(401);
    // The first four failures were 14 minutes ago.
    await env.DB.prepare('UPDATE sign_in_guards SET since = ? WHERE key = ?')
      .bind(nowSeconds() - 14 * 60, `signin-account:${user.email}`)
      .run();
    expect((await login(user.email, WRONG, client)).status).toBe(401);
    const row = await guard(`signin-account:${user.email}`);
    expect(row?.locked_until).toBeGreaterThanOrEqual(nowSeconds() + 15 * 60 - 5);

    const blocked = await login(user.email, PASSWORD, client);
    expect(isProblem(blocked, 429, 'rate_limited')).toBe(true);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(15 * 60 - 10);
    // Attempts during the pause never extend it.
    expect((await guard(`signin-account:${user.email}`))?.locked_until).toBe(row?.locked_until);

    // Once the stored time has passed, sign-in works again from that same client.
    await env.DB.prepare('UPDATE sign_in_guards SET locked_until = ? WHERE key IN (?, ?)')
      .bind(nowSeconds() - 1, `signin-account:${user.email}`, `signin-client:${client}`)
      .run();
    expect((await login(user.email, PASSWORD, client)).status).toBe(200);
    expect(await guard(`signin-account:${user.email}`)).toBeNull();
  });

  it('lets the owner in from a client that has not failed, while the attacker stays paused', async () => {
    const owner = await registerUser('clinician');
    const attacker = `attacker-${crypto.randomUUID()}`;
    for (let i = 0; i < 5; i++) expect((await login(owner.email, WRONG, attacker)).status).toBe(401);
    expect(isProblem(await login(owner.email, WRONG, attacker), 429, 'rate_limited')).toBe(true);

    // Another clean client may guess once; a wrong guess makes it a failing client.
    const second = `attacker-${crypto.randomUUID()}`;
    expect((await login(owner.email, WRONG, second)).status).toBe(401);
    expect(isProblem(await login(owner.email, PASSWORD, second), 429, 'rate_limited')).toBe(true);

    // The owner, from the ward PC that has not failed, gets in, and the pause is lifted.
    const ward = `ward-${crypto.randomUUID()}`;
    expect((await login(owner.email, PASSWORD, ward)).status).toBe(200);
    expect(await guard(`signin-account:${owner.email}`)).toBeNull();
    // The attacker's client starts from its own record: it is not paused (4 more failures allowed).
    expect((await login(owner.email, WRONG, attacker)).status).toBe(401);
  });

  it('counts IPv6 clients by their /64 and IPv4 clients by their whole address', async () => {
    const prefix = `2001:db8:${hex()}:${hex()}`;
    for (let i = 1; i <= 20; i++) {
      expect((await login(nobody(), WRONG, `${prefix}::${i.toString(16)}`)).status).toBe(401);
    }
    const user = await registerUser('clinician');
    // Another address in the same /64, written out in full: the same client, paused.
    const [a, b, c, d] = prefix.split(':');
    const sameNet = `${a}:${b}:${c?.padStart(4, '0')}:${d?.padStart(4, '0')}:ffff:ffff:ffff:ffff`;
    const paused = await login(user.email, PASSWORD, sameNet);
    expect(isProblem(paused, 429, 'rate_limited')).toBe(true);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(15 * 60 - 30);
    // The next /64 is another client.
    expect(
      (await login(user.email, PASSWORD, `${a}:${b}:${c}:${(Number.parseInt(d ?? '0', 16) ^ 1).toString(16)}::1`))
        .status,
    ).toBe(200);

    const net = `192.0.2.${Math.floor(Math.random() * 200)}`;
    const ipv4 = `${net}`;
    const before = (await guard(`signin-client:${ipv4}`))?.attempts ?? 0;
    expect((await login(nobody(), WRONG, ipv4)).status).toBe(before >= 20 ? 429 : 401);
    expect((await guard(`signin-client:${ipv4}`))?.attempts).toBe(before + 1);
  });

  it('takes a successful sign-in back: only failures count against a client', async () => {
    const user = await registerUser('clinician');
    const client = `hospital-${crypto.randomUUID()}`;
    for (let i = 0; i < 19; i++) expect((await login(nobody(), WRONG, client)).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await login(user.email, PASSWORD, client)).status).toBe(200);
    expect((await guard(`signin-client:${client}`))?.attempts).toBe(19);
    expect((await login(nobody(), WRONG, client)).status).toBe(401);
    expect(isProblem(await login(nobody(), WRONG, client), 429, 'rate_limited')).toBe(true);
  });
});
