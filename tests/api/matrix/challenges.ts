import { everyone, type Role, signedIn, type World } from '../../helpers/actors';
import { draftBody } from '../../helpers/challenges';
import {
  freshDraft,
  freshInReview,
  freshOpen,
  freshQuestion,
  freshReport,
  sharedDraft,
  sharedEvaluation,
  sharedOpen,
} from '../../helpers/fixtures';
import { api, must } from '../../helpers/http';
import type { MatrixCase } from './types';

/** The path of a saved search's feed (the world's clinician keeps one), made once per world. */
const feeds = new WeakMap<World, Promise<string>>();
const sharedFeed = (world: World) => {
  const made =
    feeds.get(world) ??
    must(api('/api/v1/me/saved-searches', { token: world.users.clinician.token, body: { q: 'sepsis' } }), 201).then(
      (res) => new URL(res.body.feed_url as string).pathname,
    );
  feeds.set(world, made);
  return made;
};

/** The id of a fresh draft's first audit entry (its title is text an admin may purge). */
async function freshAuditEntry(world: World) {
  const id = await freshDraft(world);
  const res = await must(
    api(`/api/v1/audit?entity_type=challenge&entity_id=${id}`, { token: world.users.admin.token }),
  );
  return res.body.data[0].id as string;
}

/** Who sees a draft: its owner, moderators of its cluster, admins. */
const insidersOnly = (status: number, outsiders = 404): Record<Role, number> => ({
  anonymous: outsiders,
  clinician: status,
  solver: outsiders,
  evaluator: outsiders,
  moderator: status,
  other_moderator: outsiders,
  admin: status,
});

export const challengeCases: MatrixCase[] = [
  { route: 'GET /api/v1/challenges', request: () => ({ path: '/api/v1/challenges' }), expect: everyone(200) },
  {
    route: 'POST /api/v1/challenges',
    request: (world) => ({ path: '/api/v1/challenges', method: 'POST', body: draftBody(world.cluster.slug) }),
    // Every test account but the solver is a clinician account; only clinicians post.
    expect: { ...signedIn(201), solver: 403 },
  },
  {
    route: 'GET /api/v1/challenges/{id}',
    variant: 'open',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}',
    variant: 'draft',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedDraft(world)}` }),
    expect: insidersOnly(200),
  },
  {
    route: 'PATCH /api/v1/challenges/{id}',
    variant: 'draft',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshDraft(world)}`,
      method: 'PATCH',
      body: { version: 1, title: 'An edited title for the matrix' },
    }),
    // Moderators and admins see drafts, but amend only after approval: 409.
    expect: { ...insidersOnly(200), moderator: 409, admin: 409 },
  },
  {
    route: 'PATCH /api/v1/challenges/{id}',
    variant: 'open',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshOpen(world)}`,
      method: 'PATCH',
      body: { version: 3, reward_details: 'Amended by the matrix.' },
    }),
    expect: { ...signedIn(403), clinician: 409, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'submit a draft',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshDraft(world)}/transitions`,
      method: 'POST',
      body: { action: 'submit' },
    }),
    expect: { ...insidersOnly(403), clinician: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'approve',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshInReview(world)}/transitions`,
      method: 'POST',
      body: { action: 'approve' },
    }),
    expect: { ...insidersOnly(200), clinician: 403 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'start evaluation',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshOpen(world)}/transitions`,
      method: 'POST',
      body: { action: 'start_evaluation' },
    }),
    expect: { ...signedIn(403), clinician: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'request changes',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshInReview(world)}/transitions`,
      method: 'POST',
      body: { action: 'request_changes', note: 'Please quantify the KPI.' },
    }),
    expect: { ...insidersOnly(200), clinician: 403 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'reject',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshInReview(world)}/transitions`,
      method: 'POST',
      body: { action: 'reject', note: 'Out of scope for this cluster.' },
    }),
    expect: { ...insidersOnly(200), clinician: 403 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'withdraw',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshInReview(world)}/transitions`,
      method: 'POST',
      body: { action: 'withdraw' },
    }),
    expect: { ...insidersOnly(403), clinician: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/transitions',
    variant: 'archive',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshOpen(world)}/transitions`,
      method: 'POST',
      body: { action: 'archive' },
    }),
    expect: { ...signedIn(403), moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/questions',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/questions` }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/challenges/{id}/questions',
    request: async (world) => ({
      path: `/api/v1/challenges/${await sharedOpen(world)}/questions`,
      method: 'POST',
      body: { body: 'Which EHR system does the ward use?' },
    }),
    expect: { ...signedIn(403), solver: 201 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/questions/{qid}/answer',
    request: async (world) => {
      const { challenge, question } = await freshQuestion(world);
      return {
        path: `/api/v1/challenges/${challenge}/questions/${question}/answer`,
        method: 'POST',
        body: { answer: 'Yes, under a data-access agreement.' },
      };
    },
    expect: { ...signedIn(403), clinician: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/questions/{qid}/hide',
    request: async (world) => {
      const { challenge, question } = await freshQuestion(world);
      return { path: `/api/v1/challenges/${challenge}/questions/${question}/hide`, method: 'POST' };
    },
    // The owner and the cluster's moderators (admins moderate every cluster).
    expect: { ...signedIn(403), clinician: 204, moderator: 204, admin: 204 },
  },
  // Endorsing is for clinicians other than the owner (the world's solver is the only solver account).
  {
    route: 'PUT /api/v1/challenges/{id}/endorsement',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/endorsement`, method: 'PUT' }),
    expect: { ...signedIn(200), clinician: 403, solver: 403 },
  },
  {
    route: 'DELETE /api/v1/challenges/{id}/endorsement',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/endorsement`, method: 'DELETE' }),
    expect: { ...signedIn(200), clinician: 403, solver: 403 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/calendar.ics',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/calendar.ics` }),
    expect: everyone(200),
  },
  { route: 'GET /feeds/challenges.atom', request: () => ({ path: '/feeds/challenges.atom' }), expect: everyone(200) },
  // The token is the only key: whoever holds the address reads the feed (public challenges only).
  {
    route: 'GET /feeds/saved/{feed}',
    request: async (world) => ({ path: await sharedFeed(world) }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/moderation/queue',
    request: () => ({ path: '/api/v1/moderation/queue' }),
    expect: { ...signedIn(403), moderator: 200, other_moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/reports',
    request: async (world) => ({
      path: '/api/v1/reports',
      method: 'POST',
      body: {
        entity_type: 'challenge',
        entity_id: await sharedOpen(world),
        reason: 'The reward text looks like an advert.',
      },
    }),
    expect: signedIn(201),
  },
  {
    route: 'POST /api/v1/reports/{id}/resolution',
    request: async (world) => ({
      path: `/api/v1/reports/${await freshReport(world)}/resolution`,
      method: 'POST',
      body: { action: 'dismiss' },
    }),
    expect: { ...signedIn(404), moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/audit',
    request: () => ({ path: '/api/v1/audit' }),
    expect: { ...signedIn(403), moderator: 200, other_moderator: 200, admin: 200 },
  },
  // One challenge's trail: its owner (the world's clinician) and its cluster's moderators.
  {
    route: 'GET /api/v1/audit',
    variant: 'challenge',
    request: async (world) => ({ path: `/api/v1/audit?challenge=${(await sharedEvaluation(world)).challenge}` }),
    expect: { ...signedIn(404), clinician: 200, moderator: 200, admin: 200 },
  },
  // Admins purge; a moderator who reads the entry hears why not; whoever may not read it, 404.
  {
    route: 'POST /api/v1/audit/{id}/purge',
    request: async (world) => ({
      path: `/api/v1/audit/${await freshAuditEntry(world)}/purge`,
      method: 'POST',
      body: { reason: 'A name posted by mistake.' },
    }),
    expect: { ...signedIn(404), moderator: 403, admin: 200 },
  },
];
