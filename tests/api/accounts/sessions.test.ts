import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAST_SEEN_REFRESH_SECONDS, SESSION_IDLE_SECONDS } from '../../../worker/domain/accounts/sessions';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';

// Issue 13, item 9: private answers are stored by no cache, the session cookie is `__Host-`, and
// a session unused for 12 hours has ended.

const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

/** Moves a user's sessions' last use straight in the database, as if they had left the PC. */
const lastSeen = (userId: string, at: string) =>
  env.DB.prepare('UPDATE sessions SET last_seen_at = ? WHERE user_id = ?').bind(at, userId).run();

const storedLastSeen = async (userId: string) =>
  (
    await env.DB.prepare('SELECT last_seen_at AS at FROM sessions WHERE user_id = ?')
      .bind(userId)
      .first<{ at: string }>()
  )?.at;

describe('Cache-Control on private answers', () => {
  let world: World;
  let id: string;
  beforeAll(async () => {
    world = await createWorld();
    id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  });

  it('is no-store for every answer to a signed-in request: reads, the jury list, errors (bearer and cookie)', async () => {
    const { clinician, moderator } = world.users;
    for (const credentials of [{ token: clinician.token }, { cookie: clinician.cookie }]) {
      const me = await must(api('/api/v1/me', credentials));
      expect(me.headers.get('cache-control')).toBe('no-store');
      const challenge = await must(api(`/api/v1/challenges/${id}`, credentials));
      expect(challenge.headers.get('cache-control')).toBe('no-store');
      const missing = await api(`/api/v1/challenges/${crypto.randomUUID()}`, credentials);
      expect(isProblem(missing, 404, 'not_found')).toBe(true);
      expect(missing.headers.get('cache-control')).toBe('no-store');
    }
    // The jury list set no caching header of its own.
    const jury = await must(api(`/api/v1/challenges/${id}/evaluators`, { token: moderator.token }));
    expect(jury.headers.get('cache-control')).toBe('no-store');
  });

  it('is no-store for a request with credentials that sign no one in', async () => {
    const badToken = await api('/api/v1/me', { headers: { authorization: 'Bearer not.a.token' } });
    expect(isProblem(badToken, 401, 'unauthorized')).toBe(true);
    expect(badToken.headers.get('cache-control')).toBe('no-store');
    const deadCookie = await api(`/api/v1/challenges/${id}`, { cookie: '__Host-bedside_session=forgotten' });
    expect(deadCookie.status).toBe(200);
    expect(deadCookie.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves anonymous public reads cacheable', async () => {
    const res = await must(api(`/api/v1/challenges/${id}`));
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
  });
});

describe('the session cookie', () => {
  it('is __Host-: Secure, Path=/, no Domain, HttpOnly, SameSite=Lax; the answer that sets it is no-store', async () => {
    const user = await registerUser('solver');
    const login = await must(api('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } }));
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-bedside_session=[\w-]{40,};/);
    const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'path=/', 'httponly', 'samesite=lax']));
    expect(attributes.some((attribute) => attribute.startsWith('domain'))).toBe(false);
    expect(login.headers.get('cache-control')).toBe('no-store');
    // The cookie signs in.
    const me = await must(api('/api/v1/me', { cookie: cookie.split(';')[0] }));
    expect(me.body.user.id).toBe(user.id);
  });

  it('is no longer read under its old name', async () => {
    const user = await registerUser('solver');
    const oldName = user.cookie.replace('__Host-bedside_session=', 'bedside_session=');
    expect(isProblem(await api('/api/v1/me', { cookie: oldName }), 401, 'unauthorized')).toBe(true);
  });
});

describe('the idle timeout', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser('clinician');
  });

  it('refuses a session unused for longer than 12 hours: 401 with WWW-Authenticate (bearer and cookie)', async () => {
    const idle = secondsAgo(SESSION_IDLE_SECONDS + 60);
    await lastSeen(user.id, idle);
    const byToken = await api('/api/v1/me', { token: user.token });
    expect(isProblem(byToken, 401, 'unauthorized')).toBe(true);
    expect(byToken.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
    expect(byToken.body.detail).toMatch(/unused for 12 hours/);
    const byCookie = await api('/api/v1/me', { cookie: user.cookie });
    expect(isProblem(byCookie, 401, 'unauthorized')).toBe(true);
    expect(byCookie.headers.get('www-authenticate')).toMatch(/^Bearer/);
    // Being refused is no use: it does not bring the session back.
    expect(await storedLastSeen(user.id)).toBe(idle);
  });

  it('keeps a session used within the limit, and records the use', async () => {
    const other = await registerUser('clinician');
    await lastSeen(other.id, secondsAgo(SESSION_IDLE_SECONDS - 600));
    const before = Date.now();
    expect((await must(api('/api/v1/me', { token: other.token }))).body.user.id).toBe(other.id);
    const recorded = await storedLastSeen(other.id);
    expect(Date.parse(recorded!)).toBeGreaterThanOrEqual(before - 1000);
    // So 12 hours after its previous use, it still works: the clock started again.
    expect((await must(api('/api/v1/me', { cookie: other.cookie }))).body.user.id).toBe(other.id);
  });

  it('writes the last use at most every few minutes, not on every request', async () => {
    const other = await registerUser('solver');
    const recent = secondsAgo(LAST_SEEN_REFRESH_SECONDS - 60);
    await lastSeen(other.id, recent);
    await must(api('/api/v1/me', { token: other.token }));
    await must(api('/api/v1/me', { cookie: other.cookie }));
    expect(await storedLastSeen(other.id)).toBe(recent);
  });
});
