import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { knownBookmark } from '../db/client';
import { SESSION_COOKIE } from '../domain/accounts/sessions';
import type { AppEnv, Bindings } from '../env';
import { PUBLIC_CACHE_CONTROL, PUBLIC_TTL, PUBLIC_VARY } from '../http/cache-control';
import { acceptsCsv } from '../http/negotiation';
import { countAnonymousRead } from './anonymous-read-limit';
import { countAnonymousSearch } from './limits';

/**
 * Anonymous public reads from the Workers Cache API (ARCHITECTURE.md, "Caching", says why it works
 * this way). One middleware does all of it:
 *
 * - a GET of a public route (`PUBLIC_ROUTES`) by an anonymous request (no Authorization header, no
 *   session cookie, no D1 bookmark, no `?lang=`) is looked up under a key made of the URL, the
 *   negotiated language and the data centre's current _generation_; a hit answers without D1;
 * - a miss runs the route and stores a 200 that sets no cookie, for `PUBLIC_TTL` seconds;
 * - every successful write except the few in `QUIET_WRITES` starts a new generation, so everything
 *   cached in this data centre (every URL, query and language) is unreachable from then on, and the
 *   next readers' D1 sessions start at the write's bookmark (never an older replica).
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The public reads served from the cache (GET, exact paths; any query string is part of the key). */
const PUBLIC_ROUTES = [
  // The catalogue, a challenge and its calendar entry; clusters; calls with their feed and calendar.
  '/api/v1/challenges',
  `/api/v1/challenges/${UUID}`,
  `/api/v1/challenges/${UUID}/calendar\\.ics`,
  '/api/v1/clusters',
  `/api/v1/clusters/${SLUG}`,
  // A cluster's impact figures as the public sees them (issue 15's public dashboard; issue 17).
  `/api/v1/clusters/${SLUG}/impact(?:\\.csv)?`,
  '/api/v1/calls',
  `/api/v1/calls/${UUID}`,
  `/api/v1/calls/${UUID}/challenges\\.atom`,
  `/api/v1/calls/${UUID}/calendar\\.ics`,
  // Open data: the list and each export.
  '/api/v1/open-data',
  '/api/v1/open-data/[a-z0-9_-]+\\.(?:csv|json)',
  // The network's feed (a saved search's feed is personal: its token is its key, and it is not cached).
  '/feeds/challenges\\.atom',
  // Pages.
  '/challenges',
  `/challenges/${UUID}`,
  `/clusters/${SLUG}`,
  `/clusters/${SLUG}/impact`,
  '/calls',
  `/calls/${UUID}`,
  '/open-data',
  // Discovery (issue 18): robots.txt and the sitemaps, read by crawlers, never personal.
  '/robots\\.txt',
  '/sitemap\\.xml',
  '/sitemaps/[a-z]+\\.xml',
];
const PUBLIC = new RegExp(`^(?:${PUBLIC_ROUTES.join('|')})$`);

/**
 * Public routes that answer JSON or CSV at one URL by `Accept` (a cluster's impact figures). Only
 * their JSON is stored: a request for CSV goes past the cache (the `.csv` path is cached on its
 * own), and their answers say `Vary: Accept` too, so a shared cache keeps the formats apart.
 * Without this, one anonymous `Accept: text/csv` stored CSV under the JSON's key for everyone
 * (review of issue 17).
 */
const NEGOTIATED = new RegExp(`^/api/v1/clusters/${SLUG}/impact$`);
const varyOf = (path: string) => (NEGOTIATED.test(path) ? `${PUBLIC_VARY}, Accept` : PUBLIC_VARY);
const asksForCsv = (c: Context<AppEnv>) => NEGOTIATED.test(c.req.path) && acceptsCsv(c.req.header('accept'));

/**
 * Exports are streamed so memory stays flat, and they are not stored here: storing one means
 * either splitting the stream, which keeps in memory whatever a slow reader has not read yet (a
 * few slow downloads of a 100 MB export exhaust the isolate: found by the review of issue 17), or
 * making the reader wait for the whole file to be written to the cache first. They get the public
 * headers, so browsers and shared caches may keep them.
 */
const STREAMED = /^\/api\/v1\/open-data\/./;

/**
 * Writes that change nothing an anonymous visitor can see, so they keep the cache: signing in and
 * out, account mail links, scores and conflict declarations, notifications, saved searches,
 * conversations. Every other successful write starts a new generation (when in doubt, purge).
 */
const QUIET_WRITES = new RegExp(
  [
    '^/api/v1/auth/',
    '^/(?:signin|signout|register|forgot-password|reset-password|confirm-email|unsubscribe)$',
    `^/(?:api/v1/)?solutions/${UUID}/(?:evaluation|conflict)$`,
    '^/(?:api/v1/)?me/(?:notifications|notification-preferences|saved-searches)(?:/|$)',
    '^/(?:api/v1/)?conversations(?:/|$)',
  ].join('|'),
);

interface Generation {
  /** Part of every entry's key: a new one makes all earlier entries unreachable. */
  id: string;
  /** The D1 bookmark of the write that started it: misses read at least that fresh. */
  bookmark: string | null;
}

/** The generation lives in the cache itself, one entry per data centre, like the entries it keys. */
const generationKey = (env: Bindings) => `${env.PUBLIC_ORIGIN}/__cache/generation`;
/** Longer than any entry; if it is evicted, a new generation starts and old entries are never read. */
const GENERATION_SECONDS = 24 * 3600;

async function storeGeneration(env: Bindings, generation: Generation): Promise<void> {
  await caches.default.put(
    generationKey(env),
    new Response(JSON.stringify(generation), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': `public, max-age=${GENERATION_SECONDS}` },
    }),
  );
}

async function currentGeneration(env: Bindings): Promise<Generation> {
  const stored = await caches.default.match(generationKey(env));
  if (stored) return (await stored.json()) as Generation;
  const fresh = { id: crypto.randomUUID(), bookmark: null };
  await storeGeneration(env, fresh);
  return fresh;
}

/**
 * Everything public changed: drop every cached public answer in this data centre (a new
 * generation). Called after each write that may change what anonymous visitors see, and by the cron.
 */
export async function purgePublic(env: Bindings, bookmark?: string): Promise<void> {
  // The later of the write's bookmark and the last purge's: a purge without one (the cron's), or a
  // slower concurrent write's, must not let misses read a replica older than an earlier write.
  const stored = await caches.default.match(generationKey(env));
  const last = stored ? ((await stored.json()) as Generation).bookmark : null;
  const latest = [bookmark ?? null, last].reduce((a, b) => (b && (!a || b > a) ? b : a), null as string | null);
  await storeGeneration(env, { id: crypto.randomUUID(), bookmark: latest });
}

/** The key of a public answer: a URL of our own origin, so it never collides with a real one. */
export function publicCacheKey(url: string, language: string, generation: string): string {
  const { origin, pathname, searchParams } = new URL(url);
  searchParams.sort();
  const query = searchParams.toString();
  return `${origin}/__cache/${generation}/${language}${pathname}${query ? `?${query}` : ''}`;
}

/**
 * No credentials and no language being chosen (that sets a cookie). A D1 bookmark of one's own
 * last write does not matter: that write purged this data centre's entries, and a miss reads at
 * the later of it and the purge's bookmark (middleware/database.ts).
 */
function anonymousRequest(c: Context<AppEnv>): boolean {
  return (
    c.req.header('authorization') === undefined &&
    getCookie(c, SESSION_COOKIE) === undefined &&
    c.req.query('lang') === undefined
  );
}

/** `Cache-Control: no-cache` (or `Pragma: no-cache`) on the request: no stored answer without asking D1. */
const wantsFresh = (c: Context<AppEnv>) =>
  /\bno-cache\b/i.test(c.req.header('cache-control') ?? '') || /\bno-cache\b/i.test(c.req.header('pragma') ?? '');

async function digest(bytes: ArrayBuffer): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `"${[...hash.slice(0, 10)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

const etagMatches = (header: string | undefined, etag: string | null) =>
  etag !== null &&
  (header?.split(',') ?? []).some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/**
 * Headers a stored answer must not keep: they belong to the request that produced it. (Its
 * `x-d1-bookmark` stays: the stored answer is at least that fresh.)
 */
const PER_REQUEST = ['server-timing', 'x-request-id', 'set-cookie'];

/** The answer to this request from a stored (or just stored) response: 304 when the client has it. */
function answer(c: Context<AppEnv>, stored: Response, state: 'hit' | 'miss', body: BodyInit | null): Response {
  const headers = new Headers(stored.headers);
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  headers.set('Vary', varyOf(c.req.path));
  headers.set('x-bedside-cache', state);
  // An API client that sent a later bookmark than the stored answer's gets its own back.
  const sent = knownBookmark(c.req.header('x-d1-bookmark'));
  const readAt = headers.get('x-d1-bookmark');
  if (state === 'hit' && sent && readAt && sent > readAt) headers.set('x-d1-bookmark', sent);
  if (state === 'hit' && c.env.QUERY_STATS === '1')
    headers.append('Server-Timing', 'd1;dur=0;desc="calls=0 statements=0"');
  if (etagMatches(c.req.header('if-none-match'), headers.get('etag'))) {
    for (const name of ['content-type', 'content-length', 'content-disposition']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: stored.status, headers });
}

/**
 * After a write (an unsafe method), with the D1 bookmark it left: a new generation unless it was
 * quiet or failed. Only a signed-in request that reached D1 can have changed what is public: an
 * anonymous POST answered with a redirect to the sign-in page must not empty the cache (review of
 * issue 17). Called by the database middleware before it hands the request's emails to the queue,
 * so the purge is done before any work that follows the answer begins.
 */
export async function purgeAfterWrite(c: Context<AppEnv>, bookmark: string | undefined): Promise<void> {
  const signedIn = c.var.actor !== undefined && c.var.actor.type !== 'anonymous';
  if (bookmark && signedIn && c.res.status < 400 && !QUIET_WRITES.test(c.req.path)) await purgePublic(c.env, bookmark);
}

export const publicCache = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== 'GET' || !PUBLIC.test(c.req.path)) return next();
  if (!anonymousRequest(c)) {
    await next();
    c.res.headers.set('Vary', varyOf(c.req.path));
    return;
  }

  // The anonymous limits count every read, served from the cache or not.
  if (c.req.path.startsWith('/api/')) await countAnonymousRead(c);
  else if (c.req.path === '/challenges') await countAnonymousSearch(c);
  c.set('readCounted', true);

  const generation = await currentGeneration(c.env);
  // Whatever is not answered from the cache reads at least as fresh as the last purge.
  if (generation.bookmark) c.set('publicBookmark', generation.bookmark);
  if (STREAMED.test(c.req.path)) {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('set-cookie'))
      c.res.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
    c.res.headers.set('Vary', varyOf(c.req.path));
    return;
  }
  // Answered from D1 and not stored: CSV at the impact figures' JSON URL (NEGOTIATED).
  if (asksForCsv(c)) {
    await next();
    c.res.headers.set('Vary', varyOf(c.req.path));
    return;
  }
  const key = publicCacheKey(c.req.url, c.var.language, generation.id);
  // A client that asks for a fresh answer (a browser's hard reload, the bench measuring the route) gets one, stored anew.
  const cached = wantsFresh(c) ? undefined : await caches.default.match(key);
  if (cached) return answer(c, cached, 'hit', cached.body);

  await next();
  const res = c.res;
  if (res.status !== 200 || res.headers.has('set-cookie') || c.var.actor?.type !== 'anonymous') {
    res.headers.set('Vary', varyOf(c.req.path));
    return;
  }
  const headers = new Headers(res.headers);
  for (const name of PER_REQUEST) headers.delete(name);
  // Stored for PUBLIC_TTL seconds (what clients are told is set per answer).
  headers.set('Cache-Control', `public, max-age=${PUBLIC_TTL}`);
  const bytes = await res.arrayBuffer();
  if (!headers.has('etag')) headers.set('ETag', await digest(bytes));
  await caches.default.put(key, new Response(bytes, { status: 200, headers }));
  const sent = new Headers(res.headers);
  sent.set('ETag', headers.get('etag') ?? '');
  c.res = undefined;
  c.res = answer(c, new Response(null, { status: 200, headers: sent }), 'miss', bytes);
});
