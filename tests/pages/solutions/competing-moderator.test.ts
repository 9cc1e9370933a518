import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
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

describe("pages: a moderator competing in a challenge of their cluster sees none of their competitors' work", () => {
  it('refuses the competitor’s solution and the ranking, and lists only their own solution', async () => {
    const { clinician, moderator, solver } = world.users;
    const challenge = await openChallenge(clinician, moderator, world.cluster.slug);
    const rivalTitle = `Rival ${unique()}`;
    const mineTitle = `Mine ${unique()}`;
    const rival = await submitSolution(solver, challenge, { title: rivalTitle });
    expect((await page(`/solutions/${rival}`, solverModerator.cookie)).status).toBe(200);
    await submitSolution(solverModerator, challenge, { title: mineTitle });

    const detail = await page(`/solutions/${rival}`, solverModerator.cookie);
    expect(detail.status).toBe(404);
    expect(await detail.text()).not.toContain(rivalTitle);

    const listed = await page(`/challenges/${challenge}/solutions`, solverModerator.cookie);
    expect(listed.status).toBe(200);
    const html = await listed.text();
    expect(html).toContain(mineTitle);
    expect(html).not.toContain(rivalTitle);

    const ranked = await page(`/challenges/${challenge}/ranking`, solverModerator.cookie);
    expect(ranked.status).toBe(403);
    expect(await ranked.text()).not.toContain(rivalTitle);

    // The challenge page offers no ranking it would refuse (it does offer it to the other moderator).
    expect(await (await page(`/challenges/${challenge}`, moderator.cookie)).text()).toContain(
      `/challenges/${challenge}/ranking`,
    );
    const challengePage = await (await page(`/challenges/${challenge}`, solverModerator.cookie)).text();
    expect(challengePage).not.toContain(`/challenges/${challenge}/ranking`);
  });
});
