import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANY_KEY, SESSIONS_ONLY, scopeNeeded } from '../../../worker/policy/api-key-scopes';
import { api, must } from '../../helpers/http';

/**
 * Issue 18: a complete OpenAPI document. Every operation names itself, says who may call it (the
 * API key's scope exactly as the policy's table says), every problem it can answer, the headers it
 * sends and an example of what goes in and comes out. Checked on the document the Worker serves.
 */

type Media = { schema?: unknown; example?: unknown; examples?: unknown };
type Answer = { $ref?: string; headers?: Record<string, unknown>; content?: Record<string, Media> };
type Operation = {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, Answer>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: object }>; headers: object; securitySchemes: object };
};

let doc: Doc;
let operations: { method: string; path: string; op: Operation; label: string }[];

beforeAll(async () => {
  doc = (await must(api('/api/v1/openapi.json'))).body;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, op, label: `${method.toUpperCase()} ${path}` })),
  );
});

const wrong = (check: (o: (typeof operations)[number]) => boolean) =>
  operations.filter((o) => !check(o)).map((o) => o.label);

describe('the OpenAPI document', () => {
  it('names every operation once, camelCase, with a summary', () => {
    expect(operations.length).toBeGreaterThan(140);
    expect(wrong(({ op }) => /^[a-z][a-zA-Z0-9]+$/.test(op.operationId ?? ''))).toEqual([]);
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(wrong(({ op }) => (op.summary ?? '').length > 10)).toEqual([]);
  });

  it('says who may call each operation, with the API key scope of the policy table', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKey', 'bearer', 'cookie']);
    expect(wrong(({ op }) => Array.isArray(op.security))).toEqual([]);
    const mismatched = operations.flatMap(({ method, path, op, label }) => {
      const need = scopeNeeded(method, path);
      const signedIn = op.security?.some((r) => 'bearer' in r) ?? false;
      const expected = signedIn && need !== null && need !== SESSIONS_ONLY && need !== ANY_KEY ? [need] : [];
      const documented = (op.security ?? []).filter((r) => 'apiKey' in r).map((r) => r.apiKey?.[0]);
      return JSON.stringify(documented) === JSON.stringify(expected) ? [] : [`${label}: ${documented} ≠ ${expected}`];
    });
    expect(mismatched).toEqual([]);
    // Examples of each kind: public, optional sign-in, signed in only, sessions only.
    const security = (method: string, path: string) => doc.paths[path]?.[method]?.security;
    expect(security('get', '/api/v1/health')).toEqual([]);
    expect(security('get', '/api/v1/challenges')).toEqual([
      {},
      { bearer: [] },
      { cookie: [] },
      { apiKey: ['challenges:read'] },
    ]);
    expect(security('post', '/api/v1/solutions/{id}/submit')).toEqual([
      { bearer: [] },
      { cookie: [] },
      { apiKey: ['solutions:write'] },
    ]);
    expect(security('post', '/api/v1/me/api-keys')).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it('documents the problems each operation can answer, and a default', () => {
    const has = (op: Operation, status: string) => op.responses[status] !== undefined;
    expect(wrong(({ op }) => op.responses.default?.$ref === '#/components/responses/Problem')).toEqual([]);
    expect(wrong(({ op }) => !(op.parameters?.length || op.requestBody) || has(op, '400'))).toEqual([]);
    expect(wrong(({ op }) => !op.security?.some((r) => 'bearer' in r) || (has(op, '401') && has(op, '403')))).toEqual(
      [],
    );
    expect(wrong(({ path, op }) => !path.includes('{') || has(op, '404'))).toEqual([]);
    // Anonymous reads, signed-in writes and every request with a key are counted.
    expect(wrong(({ method, path, op }) => method !== 'get' || !path.startsWith('/api/') || has(op, '429'))).toEqual(
      [],
    );
    expect(wrong(({ op }) => !op.security?.some((r) => 'apiKey' in r) || has(op, '429'))).toEqual([]);
    // Edits sent with If-Match (or `version`) answer 412 when someone else changed it first.
    for (const [method, path] of [
      ['patch', '/api/v1/challenges/{id}'],
      ['patch', '/api/v1/solutions/{id}'],
      ['put', '/api/v1/challenges/{id}/stages'],
      ['patch', '/api/v1/calls/{id}'],
      ['patch', '/api/v1/events/{id}'],
      ['patch', '/api/v1/cooperations/{id}'],
      ['patch', '/api/v1/cooperations/{id}/milestones/{mid}'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.responses['412'], `${method} ${path}`).toBeDefined();
    }
    const limited = doc.paths['/api/v1/challenges']?.get?.responses['429'];
    expect(limited?.$ref).toBe('#/components/responses/RateLimited');
  });

  it('documents the headers: ETag where 304 is possible, Link on cursor pages, RateLimit with a key', () => {
    expect(Object.keys(doc.components.headers).sort()).toEqual([
      'ETag',
      'Link',
      'RateLimit',
      'RateLimit-Policy',
      'Retry-After',
    ]);
    const ok = (op: Operation) => op.responses['200'] ?? {};
    expect(wrong(({ op }) => !op.responses['304'] || ok(op).headers?.ETag !== undefined)).toEqual([]);
    const pages = operations.filter(({ op }) => {
      const schema = ok(op).content?.['application/json']?.schema as { $ref?: string; properties?: object } | undefined;
      const resolved = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop() ?? ''] : schema;
      return resolved?.properties !== undefined && 'next_cursor' in resolved.properties;
    });
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter(({ op }) => ok(op).headers?.Link === undefined).map((o) => o.label)).toEqual([]);
    expect(ok(doc.paths['/api/v1/challenges']?.get as Operation).headers).toMatchObject({
      ETag: { $ref: '#/components/headers/ETag' },
      Link: { $ref: '#/components/headers/Link' },
      RateLimit: { $ref: '#/components/headers/RateLimit' },
    });
  });

  it('documents If-Match on every edit that honours it (requiredVersion), with its 412', () => {
    const honouring = operations.filter(({ op }) =>
      (op.parameters as { name?: string; in?: string }[] | undefined)?.some(
        (p) => p.in === 'header' && p.name === 'If-Match',
      ),
    );
    expect(honouring.map(({ op }) => op.operationId).sort()).toEqual([
      'patchCall',
      'patchChallenge',
      'patchCooperation',
      'patchEvent',
      'patchMilestone',
      'patchOrganization',
      'patchSolution',
      'setStages',
    ]);
    expect(honouring.filter(({ op }) => op.responses['412'] === undefined).map((o) => o.label)).toEqual([]);
  });

  it('has an example for every JSON request body and every 2xx JSON answer', () => {
    const missing = operations.flatMap(({ op, label }) => {
      const bodies = [
        ['request', op.requestBody?.content?.['application/json']],
        ...Object.entries(op.responses)
          .filter(([status]) => status.startsWith('2'))
          .map(([status, answer]) => [status, answer.content?.['application/json']]),
      ] as [string, Media | undefined][];
      return bodies.filter(([, media]) => media && media.example === undefined).map(([what]) => `${label} ${what}`);
    });
    expect(missing).toEqual([]);
    const created = doc.paths['/api/v1/challenges']?.post;
    expect(created?.requestBody?.content?.['application/json']?.example).toMatchObject({
      title: expect.any(String),
    });
  });
});

describe('the document as served', () => {
  it('sends an ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const first = await must(api('/api/v1/openapi.json'));
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await must(api('/api/v1/openapi.json'));
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.body).toEqual(first.body);

    const unchanged = await api('/api/v1/openapi.json', { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeFalsy();
    expect(unchanged.headers.get('etag')).toBe(etag);
    const stale = await api('/api/v1/openapi.json', { headers: { 'if-none-match': '"0123456789abcdef0123"' } });
    expect(stale.status).toBe(200);
    expect(stale.body.paths).toBeDefined();
  });

  it('names the origin asked as its server, each origin with its own ETag', async () => {
    const here = await must(api('/api/v1/openapi.json'));
    const res = await SELF.fetch('https://other.bedside.test/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const there = (await res.json()) as { servers: { url: string }[] };
    expect(there.servers).toEqual([{ url: 'https://other.bedside.test' }]);
    expect(here.body.servers).not.toEqual(there.servers);
    expect(res.headers.get('etag')).not.toBe(here.headers.get('etag'));
  });
});
