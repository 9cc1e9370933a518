import { env } from 'cloudflare:test';
import { everyone, signedIn, type World } from '../../helpers/actors';
import { transition } from '../../helpers/challenges';
import { freshDraft, freshOpen, sharedDraft, sharedOpen } from '../../helpers/fixtures';
import { draftSolution } from '../../helpers/solutions';
import { joinTeam } from '../../helpers/team';
import { acceptTerms, createTemplate, putTerms, submitDraft, templateBody } from '../../helpers/terms';
import type { MatrixCase } from './types';

/** The cluster's moderators and admins (who moderate every cluster). */
const moderators = (status: number) => ({ ...signedIn(403), moderator: status, admin: status });

/** An open challenge whose owner chose terms before approval (version 1). */
async function openWithTerms(world: World) {
  const { clinician, moderator } = world.users;
  const { key } = await createTemplate(moderator, world.cluster.slug);
  const id = await freshDraft(world);
  await putTerms(clinician, id, { template_key: key });
  await transition(clinician, id, 'submit');
  await transition(moderator, id, 'approve');
  return { id, key };
}

/** The world's solver's draft on a challenge with terms; `member` joins its team. */
async function draftUnderTerms(world: World, member?: 'evaluator') {
  const { id, key } = await openWithTerms(world);
  const solution = await draftSolution(world.users.solver, id);
  if (member) {
    const user = world.users.evaluator;
    await env.DB.prepare('DELETE FROM rate_limits WHERE key = ?').bind(`invite-address:${user.email}`).run();
    await joinTeam(world.users.solver, solution, user);
  }
  return { challenge: id, key, solution };
}

export const termsCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/clusters/{slug}/terms',
    request: (world) => ({ path: `/api/v1/clusters/${world.cluster.slug}/terms` }),
    expect: everyone(200),
  },
  {
    route: 'POST /api/v1/clusters/{slug}/terms',
    request: (world) => ({
      path: `/api/v1/clusters/${world.cluster.slug}/terms`,
      method: 'POST',
      body: templateBody(),
    }),
    expect: moderators(201),
  },
  {
    route: 'GET /api/v1/challenges/{id}/terms',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/terms` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}/terms',
    variant: 'a draft',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedDraft(world)}/terms` }),
    expect: { ...everyone(404), clinician: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'PUT /api/v1/challenges/{id}/terms',
    variant: 'a draft: its owner chooses',
    request: async (world) => {
      const { key } = await createTemplate(world.users.moderator, world.cluster.slug);
      return {
        path: `/api/v1/challenges/${await freshDraft(world)}/terms`,
        method: 'PUT',
        body: { template_key: key },
      };
    },
    expect: { ...everyone(404), clinician: 200, moderator: 409, admin: 409 },
  },
  {
    route: 'PUT /api/v1/challenges/{id}/terms',
    variant: 'open: a moderator amends',
    request: async (world) => {
      const { key } = await createTemplate(world.users.moderator, world.cluster.slug);
      return { path: `/api/v1/challenges/${await freshOpen(world)}/terms`, method: 'PUT', body: { template_key: key } };
    },
    expect: { ...signedIn(403), clinician: 409, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/terms-acceptance',
    variant: 'a draft',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await draftUnderTerms(world)).solution}/terms-acceptance`,
      method: 'POST',
      body: { version: 1 },
    }),
    expect: { ...signedIn(404), solver: 200 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/terms-acceptance',
    variant: 'a draft, the evaluator is a team member',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await draftUnderTerms(world, 'evaluator')).solution}/terms-acceptance`,
      method: 'POST',
      body: { version: 1 },
    }),
    expect: { ...signedIn(404), solver: 200, evaluator: 200 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/terms-acceptance',
    variant: 'submitted, then the terms changed',
    request: async (world) => {
      const { challenge, key, solution } = await draftUnderTerms(world);
      await acceptTerms(world.users.solver, solution, 1);
      await submitDraft(world.users.solver, solution);
      await putTerms(world.users.moderator, challenge, { template_key: key });
      return { path: `/api/v1/solutions/${solution}/terms-acceptance`, method: 'POST', body: { version: 2 } };
    },
    // Those who read a submitted solution but are not on its team may not accept for it.
    expect: { ...signedIn(404), solver: 200, clinician: 403, moderator: 403, admin: 403 },
  },
];
