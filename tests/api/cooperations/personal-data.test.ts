import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type World } from '../../helpers/actors';
import { addMilestone, freshCooperation, getCooperation } from '../../helpers/cooperations';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('milestones in personal data', () => {
  it('are in the export of whoever recorded or last changed them, and nobody else’s', async () => {
    const { clinician, moderator } = world.users;
    const solver = await registerUser('solver');
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    const added = await must(
      addMilestone(solver, cooperation, { kind: 'pilot_start', note: 'Ward 4, twelve weeks.' }),
      201,
    );
    const mid = added.body.milestones[0].id;
    await must(
      api(`/api/v1/cooperations/${cooperation}/milestones/${mid}`, {
        method: 'PATCH',
        token: clinician.token,
        body: { status: 'in_progress', version: 1 },
      }),
    );

    const mine = (await must(api('/api/v1/me/export', { token: solver.token }))).body.cooperation_milestones;
    expect(mine).toEqual([
      expect.objectContaining({
        id: mid,
        cooperation_id: cooperation,
        kind: 'pilot_start',
        note: 'Ward 4, twelve weeks.',
        recorded_by_you: true,
        last_changed_by_you: false,
      }),
    ]);
    const theirs = (await must(api('/api/v1/me/export', { token: clinician.token }))).body.cooperation_milestones;
    expect(theirs).toContainEqual(
      expect.objectContaining({ id: mid, recorded_by_you: false, last_changed_by_you: true }),
    );
    const outsider = await registerUser('solver');
    expect((await must(api('/api/v1/me/export', { token: outsider.token }))).body.cooperation_milestones).toEqual([]);
  });

  it('stay with the cooperation when the account that recorded them is deleted', async () => {
    const { clinician, moderator } = world.users;
    const solver = await registerUser('solver');
    const { cooperation } = await freshCooperation(clinician, moderator, world.cluster.slug, solver);
    await must(addMilestone(solver, cooperation, { kind: 'agreement', status: 'done' }), 201);

    await must(api('/api/v1/me/deletion', { token: solver.token, body: { password: PASSWORD } }), 204);
    const now = await must(getCooperation(clinician, cooperation));
    expect(now.body.milestones).toEqual([expect.objectContaining({ kind: 'agreement', status: 'done' })]);
    expect(
      await count(
        'SELECT count(*) AS n FROM cooperation_milestones m JOIN users u ON u.id = m.created_by WHERE m.cooperation_id = ? AND u.deleted_at IS NOT NULL',
        cooperation,
      ),
    ).toBe(1);
  });
});
