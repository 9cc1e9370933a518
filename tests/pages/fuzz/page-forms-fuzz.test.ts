import { SELF } from 'cloudflare:test';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../../web/routes/index';
import { SESSION_COOKIE } from '../../../worker/domain/accounts/sessions';
import { ROLES, type Role, registerUser } from '../../helpers/actors';
import { BASE, freshClient } from '../../helpers/http';
import { routeTemplate } from '../../helpers/pages';
import { changedTables, type RowCounts, rowCounter, settled } from '../../helpers/row-counts';
import { volume } from '../../helpers/volume';
import { formFields } from './forms/fields';
import { type Draw, request } from './forms/requests';
import { digits, oneOf, words } from './forms/values';
import { type FuzzWorld, fuzzWorld } from './forms/world';

// Issue 13, the fuzzing suite for the page forms (the API has its own: tests/api/fuzz). Every POST
// route of the page app × every role, with form bodies generated from the form's fields: shaped
// values, missing and empty fields, huge and hostile strings, duplicate and unknown names; sent
// urlencoded, as multipart (also broken), and as types no form sends; with and without the origin
// headers the CSRF check reads; on existing and random ids. Properties: never a 5xx; a refusal is
// an HTML page or a redirect to sign in, never blank or JSON; a redirect stays on this site; a
// refused request writes nothing (row counts of every table before and after); no answer carries
// a `<script` from the input unescaped. `VITE_FUZZ_RUNS` sets the number of requests (`npm run
// fuzz`; without it 2 000 in `npm test`, 10 000 in `npm run test:long`), `VITE_FUZZ_SEED` the seed; while hunting, `VITE_FUZZ_TIMES=1` prints each form's time and
// statuses and `VITE_FUZZ_SKIP` (a pattern) leaves forms out.

const fromEnv = (import.meta as unknown as { env?: Record<string, string | undefined> }).env ?? {};
const TOTAL = Number(fromEnv.VITE_FUZZ_RUNS ?? volume(2_000, 10_000));
const SEED = Number(fromEnv.VITE_FUZZ_SEED ?? 1313);

/** Forms that end the sender's sessions or change their credentials: sent with a spare user's cookie. */
const ENDS_SESSIONS = new Set([
  '/signout',
  '/me/account/sign-out-everywhere',
  '/me/account/password',
  '/me/account/email',
  '/me/account/delete',
]);

/** Forms whose work the queue finishes after the answer: wait for it, so it is not blamed on the next request. */
const QUEUED = new Set(['/forgot-password']);

/** Statuses a page may refuse with (all of them HTML pages). */
const REFUSALS = [400, 403, 404, 409, 413, 415, 422, 429];

// ---- sending and checking ----------------------------------------------------------------------

const tally = {
  requests: 0,
  serverErrors: 0,
  partialWrites: 0,
  wrote: 0,
  escaped: 0,
  status: new Map<number, number>(),
};
let ctx: FuzzWorld;
let tableCounts: () => Promise<RowCounts>;
let counts: Record<string, number>;
let routes: string[] = [];

/** Whether the body names an account's address (the queue then writes a reset link; for others it writes nothing). */
function mentionsAccount(draw: Draw): boolean {
  if (typeof draw.body !== 'string') return false;
  const body = draw.body;
  return [...Object.values(ctx.world.users), ctx.spare].some(
    (u) => body.includes(u.email) || body.includes(encodeURIComponent(u.email)),
  );
}

function cookieFor(route: string, role: Role): string | undefined {
  if (role === 'anonymous') return undefined;
  return ENDS_SESSIONS.has(route) ? ctx.spare.cookie : ctx.world.users[role].cookie;
}

async function check(route: string, role: Role, draw: Draw) {
  const headers: Record<string, string> = { 'cf-connecting-ip': freshClient(), ...draw.headers };
  const cookie = cookieFor(route, role);
  // Signed-in roles keep their own session; a session cookie that signs nobody in goes with the anonymous only.
  const cookies = [cookie, ...draw.cookies.filter((k) => !cookie || !k.startsWith(SESSION_COOKIE))].filter(Boolean);
  if (cookies.length) headers.cookie = cookies.join('; ');
  const body = draw.shape.endsWith('streamed') && draw.body !== undefined ? new Blob([draw.body]).stream() : draw.body;
  const res = await SELF.fetch(BASE + draw.path, { method: 'POST', headers, body, redirect: 'manual' });
  const text = await res.text();
  tally.requests++;
  tally.status.set(res.status, (tally.status.get(res.status) ?? 0) + 1);
  const key = `${route} ${res.status}`;
  perRoute.set(key, (perRoute.get(key) ?? 0) + 1);
  const where = `POST ${draw.path} (${draw.shape}, ${JSON.stringify(draw.headers)}, cookies ${draw.cookies.join('; ') || 'none'}) as ${role} → ${res.status}: ${text.slice(0, 300)}`;
  if (res.status >= 500) {
    tally.serverErrors++;
    throw new Error(`5xx: ${where}`);
  }
  expect(text, `an input script came back unescaped: ${where}`).not.toMatch(/<script>pf\(/i);
  if (/&lt;script&gt;pf\(/i.test(text)) tally.escaped++;
  const location = res.headers.get('location');
  const isRedirect = res.status >= 300 && res.status < 400;
  if (isRedirect) {
    expect(location ?? '', where).toMatch(/^\/(?![/\\])/);
  } else {
    expect(res.headers.get('content-type') ?? '', where).toMatch(/^text\/html/);
    expect(text, where).toMatch(/^<!DOCTYPE html>/i);
  }
  if (res.status >= 400) {
    expect(REFUSALS, where).toContain(res.status);
    // A page that says what happened: a heading, at least.
    expect(text, where).toMatch(/<h1[^>]*>[^<]*\S/);
  }

  // The sign-in page as the answer to a form is a refusal (`signedIn`); after signing out everywhere it is not.
  const refused = res.status >= 400 || (isRedirect && location?.startsWith('/signin?next='));
  const before = counts;
  if (!refused) {
    counts = QUEUED.has(route) && mentionsAccount(draw) ? await settled(tableCounts, before) : await tableCounts();
    if (changedTables(before, counts).length) tally.wrote++;
    // The spare's sessions (or password) may be gone: a fresh spare for the next one.
    if (ENDS_SESSIONS.has(route) && cookie) {
      ctx.spare = await registerUser('clinician');
      counts = await tableCounts();
    }
    return;
  }
  const after = await tableCounts();
  counts = after;
  const changed = changedTables(before, after);
  if (changed.length) {
    tally.partialWrites++;
    throw new Error(`a refused request wrote to ${changed.join(', ')}: ${where}`);
  }
}

// ---- the suite ---------------------------------------------------------------------------------

const perRoute = new Map<string, number>();
let forms: Record<string, Record<string, fc.Arbitrary<string>>>;

afterAll(() => {
  const statuses = [...tally.status.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.info(
    `[page-fuzz] statuses: ${statuses.join(' ')}; requests that wrote: ${tally.wrote}; scripts shown escaped: ${tally.escaped}`,
  );
  console.info(
    `[page-fuzz] requests: ${tally.requests}, forms: ${routes.length}, roles: ${ROLES.length}, 5xx: ${tally.serverErrors}, partial writes: ${tally.partialWrites}, seed: ${SEED}`,
  );
});

beforeAll(async () => {
  ctx = await fuzzWorld();
  forms = formFields(ctx);
  routes = [...new Set(pages.routes.filter((r) => r.method === 'POST').map((r) => routeTemplate(r.path)))].sort();
  tableCounts = await rowCounter();
  counts = await tableCounts();
}, 120_000);

describe('page form fuzzing', () => {
  it('knows the fields of every page form (every POST route of the page app)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !forms[r])).toEqual([]);
  });

  it(
    'never answers 5xx, refuses with an HTML page or a redirect to sign in, and writes nothing it refuses',
    async () => {
      const runs = Math.ceil(TOTAL / (routes.length * ROLES.length));
      let index = 0;
      // `VITE_FUZZ_SKIP`: a pattern of routes to leave out while hunting something else.
      const skip = fromEnv.VITE_FUZZ_SKIP ? new RegExp(fromEnv.VITE_FUZZ_SKIP) : undefined;
      for (const route of routes) {
        if (skip?.test(route)) continue;
        // A form not in the table is still fuzzed, with the names every form shares.
        const fields = forms[route] ?? { confirmed: oneOf(['yes']), version: digits(0, 3), note: words };
        const started = Date.now();
        for (const role of ROLES) {
          index++;
          await fc.assert(
            fc.asyncProperty(request(ctx.pools, route, fields), (draw) => check(route, role, draw)),
            { numRuns: runs, seed: SEED + index, endOnFailure: true },
          );
        }
        if (fromEnv.VITE_FUZZ_TIMES)
          console.info(
            `[page-fuzz] ${route}: ${Date.now() - started} ms, ${[...perRoute]
              .filter(([k]) => k.startsWith(`${route} `))
              .map(([k, n]) => `${k.slice(route.length + 1)}×${n}`)
              .join(' ')}`,
          );
      }
      expect(tally.serverErrors).toBe(0);
      expect(tally.partialWrites).toBe(0);
    },
    Math.max(600_000, TOTAL * 60),
  );
});
