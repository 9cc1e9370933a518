import { beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../web/routes/index';
import { createWorld, everyone, ROLES, type Role, type World } from '../helpers/actors';
import { sharedDraft, sharedEvaluation, sharedOpen } from '../helpers/fixtures';
import { page } from '../helpers/pages';

/**
 * The signed-in pages × every role, with the exact status: anonymous visitors are sent to sign
 * in (303), the policy's 403 and 404 come through as HTML error pages. The pages ask the same
 * policy module as the API; this checks they ask it for the right thing.
 */
interface PageCase {
  /** The route as the page app registers it, with `{param}` for each parameter. */
  page: string;
  /** Which resource state this case exercises, when a page has several. */
  variant?: string;
  path: (world: World) => Promise<string>;
  expect: Record<Role, number>;
}

/** Signed-in users get `status` (or their own in `others`); anonymous visitors are sent to sign in. */
const signedInPage = (status: number, others: Partial<Record<Role, number>> = {}): Record<Role, number> => ({
  ...everyone(status),
  anonymous: 303,
  ...others,
});

const evaluation = async (world: World) => (await sharedEvaluation(world)).challenge;
const solution = async (world: World) => (await sharedEvaluation(world)).solution;

/** Pages anyone may open, signed in or not. */
const publicPage = (status = 200): Record<Role, number> => everyone(status);

const CASES: PageCase[] = [
  { page: '/', path: async () => '/', expect: publicPage() },
  { page: '/api/docs', path: async () => '/api/docs', expect: publicPage() },
  { page: '/problems', path: async () => '/problems', expect: publicPage() },
  // Each problem type links to its explanation on the catalogue page.
  { page: '/problems/{code}', path: async () => '/problems/not_found', expect: publicPage(302) },
  { page: '/signin', path: async () => '/signin', expect: publicPage() },
  { page: '/register', path: async () => '/register', expect: publicPage() },
  { page: '/challenges', path: async () => '/challenges', expect: publicPage() },
  { page: '/me', path: async () => '/me', expect: signedInPage(200) },
  {
    page: '/moderation',
    path: async () => '/moderation',
    expect: signedInPage(403, { moderator: 200, other_moderator: 200, admin: 200 }),
  },
  {
    page: '/challenges/new',
    path: async () => '/challenges/new',
    // Every test account but the solver is a clinician account (moderators and admins too).
    expect: signedInPage(200, { solver: 403 }),
  },
  {
    page: '/challenges/{id}',
    variant: 'open',
    path: async (w) => `/challenges/${await sharedOpen(w)}`,
    expect: publicPage(),
  },
  {
    page: '/challenges/{id}',
    variant: 'draft',
    path: async (w) => `/challenges/${await sharedDraft(w)}`,
    // A draft is its owner's and the cluster's moderators' only: to everyone else it does not exist.
    expect: { ...publicPage(404), clinician: 200, moderator: 200, admin: 200 },
  },
  {
    page: '/challenges/{id}/edit',
    path: async (w) => `/challenges/${await sharedDraft(w)}/edit`,
    // Moderators amend only after approval (409 says so); the owner edits the draft.
    expect: signedInPage(404, { clinician: 200, moderator: 409, admin: 409 }),
  },
  {
    page: '/challenges/{id}/solutions/new',
    path: async (w) => `/challenges/${await sharedOpen(w)}/solutions/new`,
    expect: signedInPage(403, { solver: 200 }),
  },
  {
    page: '/challenges/{id}/solutions',
    path: async (w) => `/challenges/${await evaluation(w)}/solutions`,
    // Like the API's list: everyone signed in who sees the challenge, each seeing only the
    // solutions they may (a solver their own, another cluster's moderator none).
    expect: signedInPage(200),
  },
  {
    page: '/challenges/{id}/jury',
    path: async (w) => `/challenges/${await evaluation(w)}/jury`,
    expect: signedInPage(403, { clinician: 200, moderator: 200, admin: 200 }),
  },
  {
    page: '/challenges/{id}/ranking',
    path: async (w) => `/challenges/${await evaluation(w)}/ranking`,
    // The evaluator scored everything, so the ranking is open to them too.
    expect: signedInPage(200, { solver: 404, other_moderator: 404 }),
  },
  {
    page: '/challenges/{id}/audit',
    path: async (w) => `/challenges/${await evaluation(w)}/audit`,
    expect: signedInPage(403, { moderator: 200, admin: 200 }),
  },
  {
    page: '/solutions/{id}',
    path: async (w) => `/solutions/${await solution(w)}`,
    expect: signedInPage(200, { other_moderator: 404 }),
  },
  {
    page: '/solutions/{id}/edit',
    path: async (w) => `/solutions/${await solution(w)}/edit`,
    // Only the submitter edits, and not any more once the evaluation started (409).
    expect: signedInPage(403, { solver: 409, other_moderator: 404 }),
  },
  {
    page: '/clusters/{slug}',
    path: async (w) => `/clusters/${w.cluster.slug}`,
    expect: { ...signedInPage(200), anonymous: 200 },
  },
];

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** `/challenges/:id{[0-9a-f]{8}-…}` → `/challenges/{id}`: parameters with their (nested) patterns. */
function template(path: string): string {
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

describe('page matrix', () => {
  it('covers every page a browser can open (every GET route of the page app)', () => {
    const registered = new Set(pages.routes.filter((r) => r.method === 'GET').map((r) => template(r.path)));
    expect([...new Set(CASES.map((c) => c.page))].sort()).toEqual([...registered].sort());
  });

  for (const testCase of CASES) {
    for (const role of ROLES) {
      const name = `${testCase.page}${testCase.variant ? ` (${testCase.variant})` : ''}`;
      it(`GET ${name} as ${role} → ${testCase.expect[role]}`, async () => {
        const cookie = role === 'anonymous' ? undefined : world.users[role].cookie;
        const res = await page(await testCase.path(world), cookie, { redirect: 'manual' });
        expect(res.status).toBe(testCase.expect[role]);
        if (res.status === 303) expect(res.headers.get('location')).toMatch(/^\/signin\?next=/);
        else if (res.status !== 302) expect(res.headers.get('content-type')).toContain('text/html');
      });
    }
  }
});
