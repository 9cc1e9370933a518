import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { api, BASE, isProblem } from '../../helpers/http';

// Issue 13, item 8: signed-in writes per person, and catalogue searches on the pages per person
// (signed in) or per client (anonymous), through the rate-limiting bindings WRITES and SEARCHES
// (wrangler.toml). The bindings count in fixed 60 s windows: if a window ends mid-run the count
// restarts, so the first refusal comes after at least the limit and within two windows' worth.

const WRITES = 150;
const SEARCHES = 60;
const LONG = 180_000;

const page = (path: string, headers: Record<string, string>) =>
  SELF.fetch(BASE + path, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });

const postForm = (path: string, cookie: string, language: string) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: {
      accept: 'text/html',
      'accept-language': language,
      cookie,
      origin: BASE,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'all=1',
    redirect: 'manual',
  });

/** Calls `call` until it answers 429 (at most twice the limit); how many went through before. */
async function untilLimited(call: () => Promise<{ status: number }>, limit: number) {
  let served = 0;
  let last = await call();
  while (last.status !== 429 && served < 2 * limit) {
    expect(last.status).toBeLessThan(400);
    served++;
    last = await call();
  }
  return served;
}

describe('write limits per person', () => {
  it(
    `refuses changes over ${WRITES} a minute with 429 and Retry-After, API and pages, for that person only`,
    async () => {
      const user = await registerUser('clinician');
      const other = await registerUser('clinician');
      const shared = `ward-${crypto.randomUUID()}`;
      const markRead = (who: { token: string }, client = shared) =>
        api('/api/v1/me/notifications/read', {
          token: who.token,
          body: { all: true },
          headers: { 'cf-connecting-ip': client },
        });

      const served = await untilLimited(() => markRead(user), WRITES);
      expect(served).toBeGreaterThanOrEqual(WRITES);
      const refused = await markRead(user, `elsewhere-${crypto.randomUUID()}`);
      expect(isProblem(refused, 429, 'rate_limited')).toBe(true);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(refused.body.detail).toMatch(/too many changes.*Wait a minute/);

      // Every kind of write counts: a question and a transition are refused before anything else.
      const id = crypto.randomUUID();
      const question = await api(`/api/v1/challenges/${id}/questions`, {
        token: user.token,
        body: { body: 'Is this refused before it is read?' },
      });
      expect(isProblem(question, 429, 'rate_limited')).toBe(true);
      const transition = await api(`/api/v1/challenges/${id}/transitions`, {
        token: user.token,
        body: { action: 'submit' },
      });
      expect(isProblem(transition, 429, 'rate_limited')).toBe(true);

      // A page form: a readable page in the page language, with Retry-After.
      let form = await postForm('/me/notifications/read', user.cookie, 'de');
      for (let i = 0; form.status !== 429 && i < 2 * WRITES; i++) {
        form = await postForm('/me/notifications/read', user.cookie, 'de');
      }
      expect(form.status).toBe(429);
      expect(form.headers.get('retry-after')).toBe('60');
      const html = await form.text();
      expect(html).toContain('<h1>Zu viele Anfragen</h1>');
      expect(html).toContain('Warten Sie 1 Minute');

      // Reads go on; another person at the same address writes as before.
      expect((await api('/api/v1/me', { token: user.token, headers: { 'cf-connecting-ip': shared } })).status).toBe(
        200,
      );
      expect((await markRead(other)).status).toBe(200);
      // Signing out is never refused.
      expect((await api('/api/v1/auth/logout', { method: 'POST', token: user.token })).status).toBeLessThan(300);
    },
    LONG,
  );
});

describe('search limits on the catalogue page', () => {
  it(
    `refuses searches over ${SEARCHES} a minute from one anonymous client, in the page language`,
    async () => {
      const client = `reader-${crypto.randomUUID()}`;
      const search = (headers: Record<string, string> = {}) =>
        page('/challenges?q=sepsis', { 'cf-connecting-ip': client, 'accept-language': 'it', ...headers });

      expect(await untilLimited(search, SEARCHES)).toBeGreaterThanOrEqual(SEARCHES);
      const refused = await search();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      const html = await refused.text();
      expect(html).toContain('<h1>Troppe richieste</h1>');
      expect(html).toContain('Attendi 1 minuto');

      // Browsing without words is no search; another client searches as before.
      expect((await page('/challenges', { 'cf-connecting-ip': client })).status).toBe(200);
      expect((await search({ 'cf-connecting-ip': `reader-${crypto.randomUUID()}` })).status).toBe(200);
      // A signed-in person at that address counts as themselves.
      const user = await registerUser('solver');
      expect((await search({ cookie: user.cookie })).status).toBe(200);
    },
    LONG,
  );

  it(
    'counts searches of the partner directory in the same window as the catalogue',
    async () => {
      const client = `scraper-${crypto.randomUUID()}`;
      const at = { 'cf-connecting-ip': client };
      expect(await untilLimited(() => page('/partners?q=oncology', at), SEARCHES)).toBeGreaterThanOrEqual(SEARCHES);
      for (const path of ['/partners?q=oncology', '/challenges?q=sepsis']) {
        const refused = await page(path, at);
        expect(refused.status, path).toBe(429);
        expect(refused.headers.get('retry-after')).toBe('60');
      }
      // Browsing the directory without words is not a search.
      expect((await page('/partners', at)).status).toBe(200);
    },
    LONG,
  );

  it(
    'counts a signed-in person’s searches against them from any address',
    async () => {
      const user = await registerUser('solver');
      const search = () =>
        page('/challenges?q=biomarker', { cookie: user.cookie, 'cf-connecting-ip': `c-${crypto.randomUUID()}` });
      expect(await untilLimited(search, SEARCHES)).toBeGreaterThanOrEqual(SEARCHES);
      const refused = await search();
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain('<h1>Too many requests</h1>');
      // Someone else is not affected.
      const other = await registerUser('solver');
      expect((await page('/challenges?q=biomarker', { cookie: other.cookie })).status).toBe(200);
    },
    LONG,
  );
});
