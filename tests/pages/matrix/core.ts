import type { World } from '../../helpers/actors';
import { sharedDraft, sharedEvaluation, sharedOpen } from '../../helpers/fixtures';
import { api, must } from '../../helpers/http';
import { type PageCase, publicPage, signedInPage } from './types';

const evaluation = async (world: World) => (await sharedEvaluation(world)).challenge;
const solution = async (world: World) => (await sharedEvaluation(world)).solution;
/** The evaluation challenge's first audit entry (its creation, which holds its title). */
const firstEntry = async (world: World) => {
  const id = await evaluation(world);
  const res = await must(
    api(`/api/v1/audit?entity_type=challenge&entity_id=${id}&limit=100`, { token: world.users.admin.token }),
  );
  return (res.body.data as { id: string }[]).at(-1)?.id ?? '';
};

/** The pages of the first round: public pages, challenges, solutions, evaluation, moderation. */
export const coreCases: PageCase[] = [
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
    page: '/challenges/{id}/evaluation-report',
    path: async (w) => `/challenges/${await evaluation(w)}/evaluation-report`,
    // Those who manage the jury; the evaluator sees the ranking but not the report; 404 as the ranking to others.
    expect: signedInPage(404, { clinician: 200, evaluator: 403, moderator: 200, admin: 200 }),
  },
  {
    page: '/challenges/{id}/audit',
    path: async (w) => `/challenges/${await evaluation(w)}/audit`,
    // Its owner (the world's clinician) and its cluster's moderators; like the ranking, 404 to others.
    expect: signedInPage(404, { clinician: 200, moderator: 200, admin: 200 }),
  },
  {
    page: '/challenges/{id}/audit/{entryId}/purge',
    path: async (w) => `/challenges/${await evaluation(w)}/audit/${await firstEntry(w)}/purge`,
    // Admins only; those who read the trail hear why not (403), everyone else finds nothing (404).
    expect: signedInPage(404, { clinician: 403, moderator: 403, admin: 200 }),
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
  {
    // A cluster's terms templates (issue 14): everyone reads them; its moderators also get the form.
    page: '/clusters/{slug}/terms',
    path: async (w) => `/clusters/${w.cluster.slug}/terms`,
    expect: { ...signedInPage(200), anonymous: 200 },
  },
];
