import { env } from 'cloudflare:test';
import { registerUser, signedIn, type World } from '../../helpers/actors';
import { sharedEvaluation } from '../../helpers/fixtures';
import { freshOpenWithSolution } from '../../helpers/solution-fixtures';
import { joinTeam } from '../../helpers/team';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

/**
 * A solution's team (issue 14). The matrix has no role of its own for a team member: where it
 * matters, a variant puts the world's evaluator (on no jury of that challenge) on the team.
 */

/** An open challenge with the solver's solution (a draft unless `submit`) and `member` on its team. */
async function withMember(world: World, member: 'evaluator' | 'fresh', submit = true) {
  const { solution } = await freshOpenWithSolution(world, submit);
  const user = member === 'evaluator' ? world.users.evaluator : await registerUser('clinician');
  // The matrix invites the evaluator's one address far more often than anyone could in a week
  // (30): its counter starts afresh, as the rate limits have their own tests.
  await env.DB.prepare('DELETE FROM rate_limits WHERE key = ?').bind(`invite-address:${user.email}`).run();
  await joinTeam(world.users.solver, solution, user);
  return { solution, member: user.id };
}

export const teamCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/solutions/{id}/team',
    request: async (world) => ({ path: `/api/v1/solutions/${(await sharedEvaluation(world)).solution}/team` }),
    // Whoever reads the solution: its submitter, the owner, moderators, the jury that declared none.
    expect: { ...signedIn(200), other_moderator: 404 },
  },
  {
    route: 'GET /api/v1/solutions/{id}/team',
    variant: 'the evaluator is a team member',
    request: async (world) => ({ path: `/api/v1/solutions/${(await withMember(world, 'evaluator')).solution}/team` }),
    expect: { ...signedIn(200), other_moderator: 404 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/team/invitations',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await freshOpenWithSolution(world)).solution}/team/invitations`,
      method: 'POST',
      body: { email: `co-applicant-${unique()}@test.example`, role: 'clinical_lead' },
    }),
    expect: { ...signedIn(403), solver: 202, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/team/invitations',
    variant: 'the evaluator is a team member',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await withMember(world, 'evaluator')).solution}/team/invitations`,
      method: 'POST',
      body: { email: `co-applicant-${unique()}@test.example`, role: 'other' },
    }),
    expect: { ...signedIn(403), solver: 202, other_moderator: 404 },
  },
  {
    route: 'DELETE /api/v1/solutions/{id}/team/{userId}',
    request: async (world) => {
      const { solution, member } = await withMember(world, 'fresh');
      return { path: `/api/v1/solutions/${solution}/team/${member}`, method: 'DELETE' };
    },
    expect: { ...signedIn(403), solver: 204, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'DELETE /api/v1/solutions/{id}/team/{userId}',
    variant: 'the evaluator is the member (leaving)',
    request: async (world) => {
      const { solution, member } = await withMember(world, 'evaluator');
      return { path: `/api/v1/solutions/${solution}/team/${member}`, method: 'DELETE' };
    },
    expect: { ...signedIn(403), solver: 204, evaluator: 204, other_moderator: 404 },
  },
  {
    route: 'PATCH /api/v1/solutions/{id}/team/{userId}',
    request: async (world) => {
      const { solution, member } = await withMember(world, 'fresh');
      return { path: `/api/v1/solutions/${solution}/team/${member}`, method: 'PATCH', body: { submitter: true } };
    },
    expect: { ...signedIn(403), solver: 200, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'PATCH /api/v1/solutions/{id}/team/{userId}',
    variant: 'the evaluator is the member',
    request: async (world) => {
      const { solution, member } = await withMember(world, 'evaluator');
      return { path: `/api/v1/solutions/${solution}/team/${member}`, method: 'PATCH', body: { submitter: true } };
    },
    expect: { ...signedIn(403), solver: 200, other_moderator: 404 },
  },
  {
    route: 'PATCH /api/v1/solutions/{id}',
    variant: 'the evaluator is a team member',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await withMember(world, 'evaluator')).solution}`,
      method: 'PATCH',
      body: { version: 1, trl: 7 },
    }),
    expect: { ...signedIn(403), solver: 200, evaluator: 200, other_moderator: 404 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/submit',
    variant: 'a draft, the evaluator is a team member',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await withMember(world, 'evaluator', false)).solution}/submit`,
      method: 'POST',
    }),
    expect: { ...signedIn(404), solver: 200, evaluator: 403 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/withdraw',
    variant: 'the evaluator is a team member',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await withMember(world, 'evaluator')).solution}/withdraw`,
      method: 'POST',
    }),
    expect: { ...signedIn(403), solver: 200, other_moderator: 404 },
  },
];
