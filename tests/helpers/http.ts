import { SELF } from 'cloudflare:test';

export const BASE = 'https://bedside.test';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes; assertions check them.
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A distinct client address per call, so per-client rate limits never leak between tests. */
export const freshClient = () => `client-${crypto.randomUUID()}`;

/** One HTTP call to the real Worker; JSON in, JSON (or problem+json) out. */
// biome-ignore lint/suspicious/noExplicitAny: see ApiResponse.
export async function api<T = any>(path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { 'cf-connecting-ip': freshClient(), ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const res = await SELF.fetch(BASE + path, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (HTML pages, feeds)
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** Awaits a call and throws unless it answered `status`: for setup steps that must succeed. */
export async function must(res: ApiResponse | Promise<ApiResponse>, status = 200) {
  const done = await res;
  if (done.status !== status) throw new Error(`expected ${status}, got ${done.status}: ${JSON.stringify(done.body)}`);
  return done;
}

/** Problem document checks shared by every test. */
export function isProblem(res: ApiResponse, status: number, type?: string): boolean {
  const ok =
    res.status === status &&
    (res.headers.get('content-type') ?? '').startsWith('application/problem+json') &&
    (type === undefined || res.body?.type === `/problems/${type}`);
  if (!ok) console.error('unexpected response', res.status, JSON.stringify(res.body));
  return ok;
}

/** The public parts of a problem document: what must not differ between "missing" and "hidden". */
export const problemShape = (res: ApiResponse) => ({
  status: res.status,
  type: res.body?.type,
  title: res.body?.title,
  detail: res.body?.detail,
});

/** `calls` and `statements` from `Server-Timing: d1;dur=N;desc="calls=X statements=Y"` (QUERY_STATS=1 in tests). */
export function d1Stats(res: { headers: Headers }) {
  const header = res.headers.get('server-timing') ?? '';
  const match = /d1;dur=[\d.]+;desc="calls=(\d+) statements=(\d+)"/.exec(header);
  if (!match) throw new Error(`no D1 entry in Server-Timing: '${header}'`);
  return { calls: Number(match[1]), statements: Number(match[2]) };
}
