import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE } from '../../helpers/http';

async function expectProblem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ type: `/problems/${type}`, status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.request_id).toMatch(/.+/);
  return body;
}

describe('problem documents', () => {
  it('answers an unknown API route with 404', async () => {
    const body = await expectProblem(await SELF.fetch(`${BASE}/api/v1/nothing-here`), 404, 'not_found');
    expect(body.detail).toContain('/api/v1/nothing-here');
    expect(body.instance).toBe('/api/v1/nothing-here');
  });

  it('answers a browser asking for an unknown page with an HTML 404', async () => {
    const res = await SELF.fetch(`${BASE}/no-such-page`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Page not found');
  });

  it('refuses a body over the limit with 413 before reading it', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const res = await SELF.fetch(`${BASE}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    const body = await expectProblem(res, 413, 'payload_too_large');
    expect(body.detail).toContain('64 KiB');
  });

  it('refuses a non-JSON body with 415', async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'email=a@b.c',
    });
    const body = await expectProblem(res, 415, 'unsupported_media_type');
    expect(body.detail).toContain('text/plain');
  });

  it('refuses a form post to the API with 415', async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/auth/register`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'a@b.c' }),
    });
    await expectProblem(res, 415, 'unsupported_media_type');
  });

  it('sends the security headers on every response', async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('unexpected errors', () => {
  afterEach(async () => {
    await env.DB.prepare('ALTER TABLE clusters_gone RENAME TO clusters')
      .run()
      .catch(() => undefined);
  });

  it('answers 500 without leaking internals, in JSON and in HTML', async () => {
    // Break the database underneath the home page, the way a bad deploy would.
    await env.DB.prepare('ALTER TABLE clusters RENAME TO clusters_gone').run();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const json = await SELF.fetch(`${BASE}/`, { headers: { accept: 'application/json' } });
    const body = await expectProblem(json, 500, 'internal');
    const text = JSON.stringify(body);
    for (const leak of ['clusters', 'SQLITE', 'no such table', 'select', '.ts']) expect(text).not.toContain(leak);
    expect(text).not.toMatch(/\bat \S+ \(/); // no stack frames

    const html = await SELF.fetch(`${BASE}/`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(500);
    const page = await html.text();
    expect(page).toContain('Something went wrong');
    expect(page).not.toContain('no such table');

    // The operator, not the client, gets the details: one structured line per failure.
    expect(log).toHaveBeenCalledTimes(2);
    const line = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(line).toMatchObject({ level: 'error', request_id: body.request_id, method: 'GET', path: '/' });
    expect(JSON.stringify(line.error)).toContain('no such table: clusters');
    // Bound parameters (which can be emails or password hashes) are redacted from logs.
    expect(JSON.stringify(line.error)).toContain('params: [redacted]');
    expect(JSON.stringify(line.error)).not.toContain('open,evaluation');
    log.mockRestore();
  });
});
