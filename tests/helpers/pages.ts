import { SELF } from 'cloudflare:test';
import { BASE } from './http';

/** A page as a browser asks for it: HTML, with the session cookie if signed in. */
export const page = (path: string, cookie?: string, init: RequestInit = {}) =>
  SELF.fetch(BASE + path, { ...init, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

/** A page form as a browser posts it: urlencoded, with the session cookie and our own Origin. */
export const postForm = (path: string, cookie: string, fields: Record<string, string>) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: { accept: 'text/html', cookie, origin: BASE, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

/** `/challenges/:id{[0-9a-f]{8}-…}` → `/challenges/{id}`: parameters with their (nested) patterns. */
export function routeTemplate(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== ':') {
      out += path[i];
      continue;
    }
    const name = /^:(\w+)/.exec(path.slice(i))?.[1] ?? '';
    i += name.length;
    if (path[i + 1] === '{') {
      let depth = 0;
      do {
        i++;
        if (path[i] === '{') depth++;
        if (path[i] === '}') depth--;
      } while (depth > 0);
    }
    out += `{${name}}`;
  }
  return out;
}
