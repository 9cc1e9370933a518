import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from '../domain/accounts/sessions';

/**
 * The browser session cookie: HttpOnly, Secure, SameSite=Lax, Path=/ and no Domain, as its
 * `__Host-` name demands (hono refuses to write it otherwise). Its lifetime is the absolute one;
 * the idle limit is the server's (`last_seen_at`).
 */
export const setSessionCookie = (c: Context, secret: string) =>
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_TTL_SECONDS,
  });

export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
