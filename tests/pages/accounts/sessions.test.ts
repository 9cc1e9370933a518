import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_SECONDS } from '../../../worker/domain/accounts/sessions';
import { PASSWORD, registerUser } from '../../helpers/actors';
import { page, postForm } from '../../helpers/pages';

// Issue 13, item 9, for pages: what a signed-in person sees is stored by no cache (shared ward
// PCs), and a session left unused for 12 hours sends them to sign in again, saying why.

const manual: RequestInit = { redirect: 'manual' };

const leaveIdle = (userId: string, seconds: number) =>
  env.DB.prepare('UPDATE sessions SET last_seen_at = ? WHERE user_id = ?')
    .bind(new Date(Date.now() - seconds * 1000).toISOString(), userId)
    .run();

describe('Cache-Control on pages', () => {
  it('is no-store for a signed-in page, error page and redirect', async () => {
    const user = await registerUser('clinician');
    const me = await page('/me', user.cookie);
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const missing = await page(`/challenges/${crypto.randomUUID()}`, user.cookie);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const signOut = await postForm('/signout', user.cookie, {});
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('cache-control')).toBe('no-store');
  });

  it('is no-store for the redirect that signs in and sets the cookie', async () => {
    const user = await registerUser('solver');
    const res = await postForm('/signin', '', { email: user.email, password: PASSWORD, next: '/me' });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-bedside_session=[\w-]{40,};/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves anonymous public pages as they were', async () => {
    for (const path of ['/', '/challenges', '/signin']) {
      const res = await page(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control') ?? '', path).not.toContain('no-store');
    }
  });
});

describe('the idle timeout on pages', () => {
  it('sends a session unused for 12 hours to sign in, drops its cookie, and says why', async () => {
    const user = await registerUser('clinician');
    await leaveIdle(user.id, SESSION_IDLE_SECONDS + 60);
    const res = await page('/me/account', user.cookie, manual);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?next=%2Fme%2Faccount&session=ended');
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-bedside_session=;.*Max-Age=0/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const signIn = await page(res.headers.get('location')!);
    expect(await signIn.text()).toContain('Your session has ended: it was unused for 12 hours');
  });

  it('keeps a session used within the limit', async () => {
    const user = await registerUser('clinician');
    await leaveIdle(user.id, SESSION_IDLE_SECONDS - 600);
    expect((await page('/me/account', user.cookie, manual)).status).toBe(200);
  });

  it('sends a visitor who never signed in to sign in without that message', async () => {
    const res = await page('/me/account', undefined, manual);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?next=%2Fme%2Faccount');
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
