import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, isProblem, must } from '../../helpers/http';
import { draftSolution, submitSolution, withdrawSolution } from '../../helpers/solutions';

// A draft is its solver's alone, and stays so when it is withdrawn without ever being submitted
// (issue 13: withdrawing a draft once made it readable by the owner and the cluster's moderators).

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('a draft withdrawn before it was ever submitted', () => {
  it('stays unseen by the owner and the moderators, in the detail and in the list', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draftId = await draftSolution(solver, id, { title: 'Never meant to be read' });
    await must(withdrawSolution(solver, draftId));
    // Another team's solution, submitted and then withdrawn, stays readable to them, as before.
    const other = await registerUser('solver');
    const submitted = await submitSolution(other, id, { title: 'Sent, then withdrawn' });
    await must(withdrawSolution(other, submitted));
    for (const reader of [clinician, moderator]) {
      expect(isProblem(await api(`/api/v1/solutions/${draftId}`, { token: reader.token }), 404, 'not_found')).toBe(
        true,
      );
      const list = await must(api(`/api/v1/challenges/${id}/solutions`, { token: reader.token }));
      const titles = (list.body.data as { title: string }[]).map((s) => s.title);
      expect(titles).not.toContain('Never meant to be read');
      expect(titles).toContain('Sent, then withdrawn');
    }
    // The solver still reads their own.
    expect((await api(`/api/v1/solutions/${draftId}`, { token: solver.token })).status).toBe(200);
  });
});
