import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { decide, ranking, startEvaluation } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
let solverModerator: TestUser;
beforeAll(async () => {
  world = await createWorld();
  solverModerator = await registerUser('solver');
  await must(
    api(`/api/v1/clusters/${world.cluster.slug}/moderators/${solverModerator.id}`, {
      method: 'PUT',
      token: world.users.admin.token,
    }),
  );
});

const read = (user: TestUser, id: string) => api(`/api/v1/solutions/${id}`, { token: user.token });
const list = (user: TestUser, challenge: string) =>
  api(`/api/v1/challenges/${challenge}/solutions`, { token: user.token });

describe('a moderator who is also a solver on a challenge of their cluster', () => {
  it("reads competitors' solutions until they submit one, then only their own; the ranking closes", async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const rivalTitle = `Rival ${unique()}`;
    const rival = await submitSolution(solver, challenge, { title: rivalTitle });

    // As a moderator they see everything in their cluster, so what follows is the competition's doing.
    expect((await read(solverModerator, rival)).status).toBe(200);
    expect((await list(solverModerator, challenge)).body.data.map((s: { id: string }) => s.id)).toContain(rival);
    expect((await ranking(solverModerator, challenge)).status).toBe(200);

    const mine = await submitSolution(solverModerator, challenge, { title: `Mine ${unique()}` });

    const refused = await read(solverModerator, rival);
    expect(isProblem(refused, 404, 'not_found')).toBe(true);
    expect(JSON.stringify(refused.body)).not.toContain(rivalTitle);
    expect((await read(solverModerator, mine)).status).toBe(200);

    const listed = await list(solverModerator, challenge);
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((s: { id: string }) => s.id)).toEqual([mine]);
    expect(JSON.stringify(listed.body)).not.toContain(rivalTitle);

    const closed = await ranking(solverModerator, challenge);
    expect(isProblem(closed, 403, 'forbidden')).toBe(true);
    expect(closed.body.detail).toContain('solution of your own');
    expect(JSON.stringify(closed.body)).not.toContain(rivalTitle);

    // Scoring and declaring are read through the same rule: nothing to score, nothing to declare on.
    expect(
      (
        await api(`/api/v1/solutions/${rival}/conflict`, {
          method: 'PUT',
          token: solverModerator.token,
          body: { conflict: false },
        })
      ).status,
    ).toBe(404);

    // Other moderators of the cluster are not affected.
    expect((await read(moderator, rival)).status).toBe(200);
    expect((await ranking(moderator, challenge)).status).toBe(200);
  });

  it('keeps reading the solutions of challenges they do not compete in', async () => {
    const { clinician, moderator, solver } = world.users;
    const competed = await openChallenge(clinician, moderator, world.cluster.slug);
    const other = await openChallenge(clinician, moderator, world.cluster.slug);
    await submitSolution(solverModerator, competed);
    const elsewhere = await submitSolution(solver, other);
    expect((await read(solverModerator, elsewhere)).status).toBe(200);
    expect((await list(solverModerator, other)).body.data.map((s: { id: string }) => s.id)).toEqual([elsewhere]);
    expect((await ranking(solverModerator, other)).status).toBe(200);
  });

  it('does not decide a challenge they compete in; the page offers no decision', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const rival = await submitSolution(solver, challenge);
    await submitSolution(solverModerator, challenge);
    await startEvaluation(clinician, challenge);
    const refused = await decide(solverModerator, challenge, { winners: [rival] });
    expect(isProblem(refused, 403, 'forbidden')).toBe(true);
    expect(refused.body.detail).toContain('you do not decide it');
    const shown = await api(`/api/v1/challenges/${challenge}`, { token: solverModerator.token });
    expect(shown.status).toBe(200);
    // Nothing was decided.
    expect(shown.body.status).toBe('evaluation');
  });
});
