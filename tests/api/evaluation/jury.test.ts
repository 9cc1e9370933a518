import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import {
  assignJury,
  decide,
  declare,
  evaluate,
  evaluationsOf,
  jury,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { draftSolution, submitSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const juryRows = (challengeId: string) =>
  count('SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ?', challengeId);

describe('managing the jury', () => {
  it('lets a moderator seat by id (idempotent, 200 with progress) and the owner or a moderator remove (204, then 404)', async () => {
    const { clinician, moderator, admin } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const member = await registerUser('clinician', { name: 'Dr. Jury Member' });
    // The owner invites by email instead: seating by id is for moderators.
    expect(isProblem(await jury(clinician, id, member.id, 'PUT'), 403, 'forbidden')).toBe(true);
    const first = await jury(moderator, id, member.id, 'PUT');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      user_id: member.id,
      name: 'Dr. Jury Member',
      declared: 0,
      conflicts: 0,
      scored: 0,
      assigned_at: expect.any(String),
    });
    const again = await jury(moderator, id, member.id, 'PUT');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ user_id: member.id, assigned_at: first.body.assigned_at });
    expect(await juryRows(id)).toBe(1);
    expect((await jury(admin, id, member.id, 'GET')).body.user_id).toBe(member.id);

    const removed = await jury(moderator, id, member.id, 'DELETE');
    expect(removed.status).toBe(204);
    expect(await juryRows(id)).toBe(0);
    expect(isProblem(await jury(clinician, id, member.id, 'DELETE'), 404, 'not_found')).toBe(true);
    expect(isProblem(await jury(clinician, id, member.id, 'GET'), 404, 'not_found')).toBe(true);
    const list = await api(`/api/v1/challenges/${id}/evaluators`, { token: clinician.token });
    expect(list.body.data).toEqual([]);
  });

  it('refuses someone who submitted a solution to the challenge (409) and an unknown user (404)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    await submitSolution(solver, id);
    expect(isProblem(await jury(moderator, id, solver.id, 'PUT'), 409, 'duplicate')).toBe(true);
    expect(isProblem(await jury(moderator, id, crypto.randomUUID(), 'PUT'), 404, 'not_found')).toBe(true);
    // An account that has not confirmed its address may be someone else's: it takes no seat.
    const unconfirmed = await registerUser('clinician', {}, { confirmed: false });
    expect(isProblem(await jury(moderator, id, unconfirmed.id, 'PUT'), 409, 'invalid_state')).toBe(true);
    expect(await juryRows(id)).toBe(0);
    // A draft is invisible to the owner, so it must not tell them anything (nor keep anyone off).
    const drafter = await registerUser('solver');
    await draftSolution(drafter, id);
    expect((await jury(moderator, id, drafter.id, 'PUT')).status).toBe(200);
    expect(await juryRows(id)).toBe(1);
  });

  it('refuses everyone else: 403 if they see the challenge, 404 if not, 401 anonymous; nothing written', async () => {
    const { clinician, moderator, solver, evaluator, other_moderator: otherModerator } = world.users;
    const open = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = (await createDraft(clinician, world.cluster.slug)).id;
    await assignJury(clinician, open, evaluator);
    const target = await registerUser('clinician');
    const cases: [string, TestUser | undefined, string, number][] = [
      ['solver', solver, open, 403],
      ['other moderator', otherModerator, open, 403],
      ['jury member', evaluator, open, 403],
      ['anonymous', undefined, open, 401],
      ['solver on a draft', solver, draft, 404],
      ['other moderator on a draft', otherModerator, draft, 404],
      ['anonymous on a draft', undefined, draft, 404],
    ];
    for (const [who, user, id, status] of cases) {
      const attempts = [
        await jury(user, id, target.id, 'PUT'),
        await jury(user, id, evaluator.id, 'DELETE'),
        await jury(user, id, evaluator.id, 'GET'),
        await api(`/api/v1/challenges/${id}/evaluators`, { token: user?.token }),
      ];
      for (const res of attempts) expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await juryRows(open)).toBe(1);
    expect(await juryRows(draft)).toBe(0);
  });

  it('lists members with declared/conflicts/scored counts; a removed member’s scores stop counting', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s1 = await submitSolution(solver, id);
    const s2 = await submitSolution(await registerUser('solver'), id);
    const j1 = await registerUser('clinician', { name: 'Juror One' });
    const j2 = await registerUser('clinician', { name: 'Juror Two' });
    await assignJury(clinician, id, j1);
    await assignJury(moderator, id, j2);
    await startEvaluation(clinician, id);
    await declare(j1, s1, false);
    await declare(j1, s2, true);
    await evaluate(j1, s1, scoresOf([5]));
    await declare(j2, s1, false);
    await declare(j2, s2, false);
    await evaluate(j2, s1, scoresOf([1]));
    await evaluate(j2, s2, scoresOf([4]));

    const list = await api(`/api/v1/challenges/${id}/evaluators`, { token: moderator.token });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ user_id: j1.id, name: 'Juror One', declared: 2, conflicts: 1, scored: 1 }),
      expect.objectContaining({ user_id: j2.id, name: 'Juror Two', declared: 2, conflicts: 0, scored: 2 }),
    ]);
    expect((await jury(clinician, id, j2.id, 'GET')).body).toEqual(list.body.data[1]);

    const rows = async () =>
      (await ranking(clinician, id)).body.data.map((r: { solution_id: string; score: number; evaluations: number }) => [
        r.solution_id,
        r.score,
        r.evaluations,
      ]);
    expect(await rows()).toEqual([
      [s2, 75, 1],
      [s1, 50, 2],
    ]);
    expect((await jury(clinician, id, j2.id, 'DELETE')).status).toBe(204);
    expect(await rows()).toEqual([
      [s1, 100, 1],
      [s2, null, 0],
    ]);
    // Their scores stay stored, but they no longer see or score anything.
    expect(await evaluationsOf(s1)).toBe(2);
    expect(isProblem(await api(`/api/v1/solutions/${s1}`, { token: j2.token }), 404)).toBe(true);
    expect(isProblem(await putEvaluation(j2, s1, { scores: scoresOf([2]) }), 404)).toBe(true);
    expect(isProblem(await ranking(j2, id), 404)).toBe(true);
    const after = await api(`/api/v1/challenges/${id}/evaluators`, { token: clinician.token });
    expect(after.body.data.map((m: { user_id: string }) => m.user_id)).toEqual([j1.id]);
  });

  it('fixes the jury once the challenge is decided (409 naming the state)', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await must(decide(clinician, id, { winners: [s] }));
    const late = await jury(moderator, id, (await registerUser('clinician')).id, 'PUT');
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('decided');
    const invited = await api(`/api/v1/challenges/${id}/invitations`, {
      token: clinician.token,
      body: { email: 'too-late@test.example' },
    });
    expect(isProblem(invited, 409, 'invalid_state')).toBe(true);
    expect(invited.body.current_state).toBe('decided');
    const remove = await jury(moderator, id, evaluator.id, 'DELETE');
    expect(isProblem(remove, 409, 'invalid_state')).toBe(true);
    expect(await juryRows(id)).toBe(1);
  });
});
