import { env } from 'cloudflare:test';
import { describe, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { openChallenge, transition } from '../../helpers/challenges';
import { addMilestone, publishBoth } from '../../helpers/cooperations';
import { decide } from '../../helpers/evaluation';
import { must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Cost, expectPinned, measure } from './measure';

/**
 * A challenge of a call decided with `n` winners, so `n` cooperations, all published by both
 * sides (`n` impact stories); the first cooperation has `n` milestones.
 */
async function world(n: number) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const reviewer = await createModerator(admin, cluster.slug);
  const owner = await registerUser('clinician');
  const call = await publishedCall(moderator, reviewer, [cluster.slug], { rules: [] });
  const challenge = await openChallenge(owner, moderator, cluster.slug, { call_id: call });
  const solvers = [];
  const solutions: string[] = [];
  for (let i = 0; i < n; i++) {
    const solver = await registerUser('solver');
    solvers.push(solver);
    solutions.push(await submitSolution(solver, challenge));
  }
  await must(transition(owner, challenge, 'start_evaluation'));
  await must(decide(owner, challenge, { winners: solutions, shortlist: [] }));
  const rows = await env.DB.prepare('SELECT id, solution_id FROM cooperations WHERE challenge_id = ?')
    .bind(challenge)
    .all<{ id: string; solution_id: string }>();
  const cooperations = solutions.map((s) => rows.results.find((r) => r.solution_id === s)?.id ?? '');
  for (const [i, id] of cooperations.entries()) await publishBoth(owner, solvers[i] ?? owner, id);
  const first = cooperations[0] ?? '';
  let milestone = '';
  for (let i = 0; i < n; i++) {
    const added = await must(addMilestone(owner, first, { kind: 'kpi_result', public: true }), 201);
    milestone = added.body.milestones.at(-1).id;
  }
  return measure([
    { name: 'cooperations page, owner', path: '/cooperations', as: owner },
    { name: 'cooperations page, moderator', path: `/cooperations?cluster=${cluster.slug}`, as: moderator },
    {
      name: 'cooperations JSON, moderator',
      path: `/api/v1/cooperations?cluster=${cluster.slug}`,
      as: moderator,
      api: true,
    },
    { name: 'cooperation page, owner', path: `/cooperations/${first}`, as: owner },
    { name: 'cooperation page, moderator', path: `/cooperations/${first}`, as: moderator },
    { name: 'cooperation JSON, owner', path: `/api/v1/cooperations/${first}`, as: owner, api: true },
    { name: 'new milestone form', path: `/cooperations/${first}/milestones/new`, as: owner },
    { name: 'milestone page', path: `/cooperations/${first}/milestones/${milestone}`, as: owner },
    { name: 'impact stories page, signed in', path: `/clusters/${cluster.slug}/impact-stories`, as: owner },
    { name: 'cluster impact page, moderator', path: `/clusters/${cluster.slug}/impact`, as: moderator },
    {
      name: 'cluster impact JSON, moderator',
      path: `/api/v1/clusters/${cluster.slug}/impact`,
      as: moderator,
      api: true,
    },
    {
      name: 'cluster impact page of a call, moderator',
      path: `/clusters/${cluster.slug}/impact?call=${call}`,
      as: moderator,
    },
    { name: 'network impact page, admin', path: '/impact', as: admin },
    { name: 'network impact JSON, admin', path: '/api/v1/impact', as: admin, api: true },
    { name: 'network impact page of a call, admin', path: `/impact?call=${call}`, as: admin },
  ]);
}

const PINS: Record<string, Cost> = {
  // One keyset page of the cooperations the reader may see (scopes.ts), then one batch per cooperation page.
  'cooperations page, owner': { calls: 2, statements: 2 },
  'cooperations page, moderator': { calls: 2, statements: 2 },
  'cooperations JSON, moderator': { calls: 2, statements: 2 },
  'cooperation page, owner': { calls: 2, statements: 3 },
  'cooperation page, moderator': { calls: 2, statements: 3 },
  'cooperation JSON, owner': { calls: 2, statements: 3 },
  'new milestone form': { calls: 2, statements: 3 },
  'milestone page': { calls: 2, statements: 3 },
  'impact stories page, signed in': { calls: 3, statements: 4 },
  // The cluster, then its figures in one batch; the page also lists the cluster's calls to filter
  // by (one more round trip); one call's figures take one more.
  'cluster impact page, moderator': { calls: 4, statements: 8 },
  'cluster impact JSON, moderator': { calls: 3, statements: 7 },
  'cluster impact page of a call, moderator': { calls: 5, statements: 11 },
  'network impact page, admin': { calls: 2, statements: 6 },
  'network impact JSON, admin': { calls: 2, statements: 6 },
  'network impact page of a call, admin': { calls: 3, statements: 9 },
};

describe('round trips of the cooperation and impact pages', { timeout: 120_000 }, () => {
  it('cost the same for 3 and for 8 of what they list, and exactly the pinned cost', async () => {
    const small = await world(3);
    const large = await world(8);
    expectPinned(small, large, PINS);
  });
});
