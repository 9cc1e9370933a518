import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { founded } from '../../helpers/affiliation';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, decide, declare, evaluate, ranking, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { getTeam } from '../../helpers/team';
import { unique } from '../../helpers/unique';

/**
 * A juror's affiliation can change after they were seated (issue 16's claims are confirmed and
 * ended at any time): the automatic recusals of every open jury they sit on follow it in the same
 * batch, and their scores there stop counting, or count again. A decided jury keeps its
 * declarations and sums whatever happens to its jurors' affiliations.
 */
let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A clinician whose claim to `name` waits for its administrators. */
const claimant = (name: string) =>
  registerUser('clinician', { organization: { name, kind: 'startup', country: 'DE' } }, { claim: 'pending' });

const decideMembership = (organizationId: string, userId: string, by: TestUser, step: 'confirm' | 'decline') =>
  must(
    api(`/api/v1/organizations/${organizationId}/memberships/${userId}/${step}`, { method: 'POST', token: by.token }),
  );

const recusedOn = async (owner: TestUser, solutionId: string) =>
  ((await must(getTeam(owner, solutionId))).body.recusals as { juror_id: string }[]).map((r) => r.juror_id);

const evaluationsOn = async (owner: TestUser, challengeId: string, solutionId: string) =>
  ((await must(ranking(owner, challengeId))).body.data as { solution_id: string; evaluations: number }[]).find(
    (entry) => entry.solution_id === solutionId,
  )?.evaluations;

/** What a decided jury keeps: its declarations and every solution's sums. */
const rowsOf = (query: string, challengeId: string) =>
  env.DB.prepare(query)
    .bind(challengeId)
    .all()
    .then((r) => r.results);
const decidedState = async (challengeId: string) => ({
  declarations: await rowsOf(
    `SELECT d.solution_id, d.evaluator_id, d.conflict, d.automatic FROM conflict_declarations d
     JOIN solutions s ON s.id = d.solution_id WHERE s.challenge_id = ? ORDER BY 1, 2`,
    challengeId,
  ),
  sums: await rowsOf(
    `SELECT ss.solution_id, ss.criterion_key, ss.total, ss.evaluations FROM solution_scores ss
     JOIN solutions s ON s.id = ss.solution_id WHERE s.challenge_id = ? ORDER BY 1, 2`,
    challengeId,
  ),
});

/**
 * A challenge in evaluation with a solution of a new organization, scored by a juror who only
 * claimed that organization when seated (so not recused).
 */
async function scoredByClaimant() {
  const { clinician: owner, moderator } = world.users;
  const acme = await founded('solver');
  const id = await openChallenge(owner, moderator, world.cluster.slug);
  const solution = await submitSolution(acme.founder, id);
  const juror = await claimant(acme.name);
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  await declare(juror, solution, false);
  await evaluate(juror, solution, scoresOf([4]));
  return { owner, acme, id, solution, juror };
}

describe('a juror whose affiliation changes after they were seated', () => {
  it("is recused from its teams' solutions once confirmed, and no longer once it ends", async () => {
    const { owner, acme, id, solution, juror } = await scoredByClaimant();
    expect(await recusedOn(owner, solution)).toEqual([]);
    expect(await evaluationsOn(owner, id, solution)).toBe(1);

    await decideMembership(acme.id, juror.id, acme.founder, 'confirm');
    expect(await recusedOn(owner, solution)).toEqual([juror.id]);
    expect(await evaluationsOn(owner, id, solution)).toBe(0);

    await decideMembership(acme.id, juror.id, acme.founder, 'decline');
    expect(await recusedOn(owner, solution)).toEqual([]);
    expect(await evaluationsOn(owner, id, solution)).toBe(1);
  });

  it('is recused when an admin verifies the domain of their waiting claim', async () => {
    const { clinician: owner, moderator, admin } = world.users;
    const acme = await founded('solver');
    const domain = `${unique()}.example`;
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const solution = await submitSolution(acme.founder, id);
    const juror = await registerUser(
      'clinician',
      { email: `juror-${unique()}@${domain}`, organization: { name: acme.name, kind: 'startup', country: 'DE' } },
      { claim: 'pending' },
    );
    await assignJury(owner, id, juror);
    expect(await recusedOn(owner, solution)).toEqual([]);
    await must(api(`/api/v1/organizations/${acme.id}/domains/${domain}`, { method: 'PUT', token: admin.token }));
    expect(await recusedOn(owner, solution)).toEqual([juror.id]);
  });

  it('changes nothing on a decided jury', async () => {
    const { owner, acme, id, solution, juror } = await scoredByClaimant();
    await must(decide(owner, id, { winners: [solution] }));
    const before = await decidedState(id);

    await decideMembership(acme.id, juror.id, acme.founder, 'confirm');
    expect(await decidedState(id)).toEqual(before);
    expect(await recusedOn(owner, solution)).toEqual([]);
  });
});
