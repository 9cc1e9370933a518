import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, everyone, ROLES, type Role, type World } from '../helpers/actors';
import { sharedEvaluation, sharedOpen } from '../helpers/fixtures';
import { page } from '../helpers/pages';

/**
 * The signed-in pages × every role, with the exact status: anonymous visitors are sent to sign
 * in (303), the policy's 403 and 404 come through as HTML error pages. The pages ask the same
 * policy module as the API; this checks they ask it for the right thing.
 */
interface PageCase {
  page: string;
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

const CASES: PageCase[] = [
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

describe('page matrix', () => {
  for (const testCase of CASES) {
    for (const role of ROLES) {
      it(`GET ${testCase.page} as ${role} → ${testCase.expect[role]}`, async () => {
        const cookie = role === 'anonymous' ? undefined : world.users[role].cookie;
        const res = await page(await testCase.path(world), cookie, { redirect: 'manual' });
        expect(res.status).toBe(testCase.expect[role]);
        if (res.status === 303) expect(res.headers.get('location')).toMatch(/^\/signin\?next=/);
        else expect(res.headers.get('content-type')).toContain('text/html');
      });
    }
  }
});
