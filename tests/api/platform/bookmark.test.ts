import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PASSWORD, registerUser } from '../../helpers/actors';
import { api, BASE } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

// Issue 13, item 12: read-your-writes with D1 read replication. A write's answer carries the D1
// Sessions bookmark (a header for API clients, a cookie for pages), and a request that hands it
// back reads from a session opened at it. Locally there is no replica, so these test the plumbing:
// the round trip, that a bookmark anchors the request's session, that nothing but a bookmark of
// D1's own shape is taken (or echoed), and that caching stays as it was.

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;
/** Well-formed and further along than this local database will ever get. */
const AHEAD = `7fffffff-00000000-00000000-${'0'.repeat(32)}`;
const MALFORMED = ['garbage', 'x'.repeat(5000), AHEAD.toUpperCase(), `${AHEAD}; Path=/evil`, `${AHEAD}0`];

const bookmarkOf = (res: { headers: Headers }) => res.headers.get('x-d1-bookmark');
/** The bookmark cookie's `Set-Cookie` line, if the answer sets one. */
const bookmarkCookie = (res: Response) =>
  res.headers.getAll('set-cookie').find((line) => line.startsWith('__Host-d1_bookmark='));
const cookieValue = (line: string) => line.split(';')[0]!.split('=')[1]!;

describe('the D1 bookmark for API clients (x-d1-bookmark)', () => {
  it('comes with a write, comes back on the next read, and that read carries one at least as far along', async () => {
    const email = `bookmark-${unique()}@test.example`;
    const registered = await api('/api/v1/auth/register', {
      body: { email, password: PASSWORD, name: 'Test bookmark', kind: 'clinician' },
    });
    expect(registered.status).toBe(201);
    const written = bookmarkOf(registered);
    expect(written).toMatch(BOOKMARK);
    // API answers carry the header, never the page cookie; the answer that signs in stays no-store.
    expect(registered.headers.getAll('set-cookie').some((line) => line.startsWith('__Host-d1_bookmark'))).toBe(false);
    expect(registered.headers.get('cache-control')).toBe('no-store');

    const me = await api('/api/v1/me', { token: registered.body.token, headers: { 'x-d1-bookmark': written! } });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    expect(bookmarkOf(me)! >= written!).toBe(true);
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('opens the request’s session at the bookmark it was sent', async () => {
    // Locally a session keeps the furthest position it was given, so one opened at AHEAD says so.
    const res = await api('/api/v1/challenges', { headers: { 'x-d1-bookmark': AHEAD } });
    expect(res.status).toBe(200);
    expect(bookmarkOf(res)).toBe(AHEAD);
  });

  it('ignores a malformed bookmark: the request is served as without one, and it is never echoed', async () => {
    const plain = await api('/api/v1/challenges?limit=1');
    for (const sent of MALFORMED) {
      const res = await api('/api/v1/challenges?limit=1', { headers: { 'x-d1-bookmark': sent } });
      expect(res.status, sent.slice(0, 40)).toBe(200);
      expect(res.body, sent.slice(0, 40)).toEqual(plain.body);
      expect(bookmarkOf(res), sent.slice(0, 40)).toMatch(BOOKMARK);
      expect(res.headers.get('cache-control'), sent.slice(0, 40)).toBe(plain.headers.get('cache-control'));
    }
    const user = await registerUser('solver');
    const write = await api('/api/v1/auth/logout', {
      method: 'POST',
      token: user.token,
      headers: { 'x-d1-bookmark': 'garbage' },
    });
    expect(write.status).toBe(204);
    expect(bookmarkOf(write)).toMatch(BOOKMARK);
  });

  it('lets browser scripts on other origins read the header (CORS)', async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/challenges`, { headers: { origin: 'https://tool.example' } });
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-d1-bookmark');
    await res.body?.cancel();
  });
});

describe('the D1 bookmark for pages (__Host-d1_bookmark)', () => {
  it('is set by the redirect after a page POST, short-lived and HttpOnly, and the page it leads to is served with it', async () => {
    const user = await registerUser('clinician');
    const signin = await postForm('/signin', '', { email: user.email, password: PASSWORD, next: '/me' });
    expect(signin.status).toBe(303);
    expect(signin.headers.get('location')).toBe('/me');
    const line = bookmarkCookie(signin);
    expect(line).toBeDefined();
    expect(cookieValue(line!)).toMatch(BOOKMARK);
    const attributes = line!.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['max-age=300', 'path=/', 'httponly', 'secure', 'samesite=lax']));
    expect(attributes.some((attribute) => attribute.startsWith('domain'))).toBe(false);
    // The session cookie is still set first, and the answer stays no-store.
    expect(signin.headers.get('set-cookie')).toMatch(/^__Host-bedside_session=[\w-]{40,};/);
    expect(signin.headers.get('cache-control')).toBe('no-store');

    const session = signin.headers.getAll('set-cookie')[0]!.split(';')[0]!;
    const me = await page('/me', `${session}; __Host-d1_bookmark=${cookieValue(line!)}`, { redirect: 'manual' });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    // A read does not set the cookie again.
    expect(bookmarkCookie(me)).toBeUndefined();
    await me.body?.cancel();
  });

  it('is never set by a read, so anonymous public pages keep their caching, with or without one sent', async () => {
    for (const cookie of [undefined, `__Host-d1_bookmark=${AHEAD}`, '__Host-d1_bookmark=garbage']) {
      const plain = await page('/challenges');
      const res = await page('/challenges', cookie);
      expect(res.status, cookie).toBe(200);
      expect(res.headers.get('set-cookie'), cookie).toBeNull();
      expect(res.headers.get('cache-control'), cookie).toBe(plain.headers.get('cache-control'));
      expect(res.headers.get('cache-control') ?? '', cookie).not.toContain('no-store');
      await Promise.all([res.body?.cancel(), plain.body?.cancel()]);
    }
  });

  it('replaces a malformed one sent with a page POST by a real bookmark', async () => {
    const user = await registerUser('solver');
    const signin = await postForm('/signin', '__Host-d1_bookmark=garbage', {
      email: user.email,
      password: PASSWORD,
      next: '/me',
    });
    expect(signin.status).toBe(303);
    expect(cookieValue(bookmarkCookie(signin)!)).toMatch(BOOKMARK);
  });
});
