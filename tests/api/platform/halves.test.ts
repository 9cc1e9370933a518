import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { api } from '../../../worker/api';
import { API_PREFIXES, isApiPath } from '../../../worker/halves';
import { site } from '../../../worker/site';

// The Worker sends a request to one of its two halves by its path alone (worker/index.ts): a route
// on the wrong side of that line would answer 404 for good. Middleware is registered for every
// method (ALL); routes answer one method each.
const routesOf = (half: typeof api) => half.routes.filter((route) => route.method !== 'ALL').map((r) => r.path);

describe('the two halves of the Worker', () => {
  it('every API route is under an API prefix, and no page is', () => {
    const apiRoutes = routesOf(api);
    const pageRoutes = routesOf(site);
    expect(apiRoutes.length).toBeGreaterThan(200);
    expect(pageRoutes.length).toBeGreaterThan(100);
    expect(apiRoutes.filter((path) => !isApiPath(path))).toEqual([]);
    expect(pageRoutes.filter(isApiPath)).toEqual([]);
    // Each prefix is used: a prefix nothing answers would only hide pages.
    for (const prefix of API_PREFIXES) expect(apiRoutes.some((path) => path.startsWith(prefix))).toBe(true);
  });

  it('answers from both halves, and unknown paths on either side alike', async () => {
    const health = await SELF.fetch('https://bedside.test/api/v1/health/live');
    expect(health.status).toBe(200);
    const jwks = await SELF.fetch('https://bedside.test/.well-known/jwks.json');
    expect(jwks.status).toBe(200);
    const home = await SELF.fetch('https://bedside.test/', { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html');
    const docs = await SELF.fetch('https://bedside.test/api/docs', { headers: { accept: 'text/html' } });
    expect(docs.status).toBe(200);
    for (const path of ['/api/v1/nothing-here', '/feeds/nothing-here', '/nothing-here']) {
      const json = await SELF.fetch(`https://bedside.test${path}`);
      expect(json.status, path).toBe(404);
      expect(json.headers.get('content-type'), path).toContain('application/problem+json');
      // A browser gets an error page, except under /api/ (worker/http/on-error.ts, wantsHtml).
      const html = await SELF.fetch(`https://bedside.test${path}`, { headers: { accept: 'text/html' } });
      expect(html.status, path).toBe(404);
      expect(html.headers.get('content-type'), path).toContain(path.startsWith('/api/') ? 'problem+json' : 'text/html');
    }
  });

  it('says a German page in German on the first request for it', async () => {
    const res = await SELF.fetch('https://bedside.test/', {
      headers: { accept: 'text/html', 'accept-language': 'de', 'cache-control': 'no-cache' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('lang="de"');
  });
});
