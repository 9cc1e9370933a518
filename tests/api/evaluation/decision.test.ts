import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import { assignJury, decide, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, isProblem, must } from '../../helpers/http';
import { draftSolution, hideSolution, solutionRow, submitSolution, withdrawSolution } from '../../helpers/solutions';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('the decision', () => {
  const statuses = async (ids: string[]) => Promise.all(ids.map(async (id) => (await solutionRow(id))?.status));
  const challengeRow = (id: string) =>
    env.DB.prepare('SELECT status, version, decided_at FROM challenges WHERE id = ?')
      .bind(id)
      .first<{ status: string; version: number; decided_at: string | null }>();
  const decideAudits = (id: string) =>
    count("SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'", id);

  it('is taken only by the owner or a moderator: others 403/404, anonymous 401; only in evaluation', async () => {
    const { clinician, moderator, solver, evaluator, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    const early = await decide(clinician, id, { winners: [s] });
    expect(isProblem(early, 409, 'invalid_state')).toBe(true);
    expect(early.body.current_state).toBe('open');
    await startEvaluation(clinician, id);
    for (const [who, user, status] of [
      ['solver', solver, 403],
      ['jury member', evaluator, 403],
      ['other moderator', otherModerator, 403],
      ['another solver', await registerUser('solver'), 403],
      ['anonymous', undefined, 401],
    ] as const) {
      const res = await decide(user, id, { winners: [s] });
      expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    const draft = (await createDraft(clinician, world.cluster.slug)).id;
    for (const user of [solver, otherModerator]) {
      expect(isProblem(await decide(user, draft, { winners: [s] }), 404, 'not_found')).toBe(true);
    }
    const onDraft = await decide(clinician, draft, { winners: [s] });
    expect(isProblem(onDraft, 409, 'invalid_state')).toBe(true);
    expect(onDraft.body.current_state).toBe('draft');
    expect(await challengeRow(id)).toMatchObject({ status: 'evaluation', decided_at: null });
    expect(await statuses([s])).toEqual(['submitted']);
    expect(await decideAudits(id)).toBe(0);
  });

  it('names only submitted solutions of the challenge, each once (400 naming the entry), changing nothing', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const elsewhere = await openChallenge(clinician, moderator, world.cluster.slug);
    const s1 = await submitSolution(solver, id);
    const s2 = await submitSolution(await registerUser('solver'), id);
    const draft = await draftSolution(solver, id);
    const withdrawn = await submitSolution(solver, id);
    await must(withdrawSolution(solver, withdrawn));
    const hidden = await submitSolution(solver, id);
    await hideSolution(clinician, moderator, hidden);
    const foreign = await submitSolution(solver, elsewhere);
    await startEvaluation(clinician, id);
    await startEvaluation(clinician, elsewhere);
    const before = await challengeRow(id);
    const cases: [string, Record<string, unknown>, string][] = [
      ['a withdrawn winner', { winners: [withdrawn] }, 'winners.0'],
      ['a draft on the shortlist', { winners: [s1], shortlist: [draft] }, 'shortlist.0'],
      ['a hidden winner', { winners: [s1, hidden] }, 'winners.1'],
      ['a solution of another challenge', { winners: [s1, foreign] }, 'winners.1'],
      ['an unknown id', { winners: [crypto.randomUUID()] }, 'winners.0'],
      ['an unknown id on the shortlist', { winners: [s1], shortlist: [s2, 'no-such-solution'] }, 'shortlist.1'],
      ['the same id as winner and shortlisted', { winners: [s1], shortlist: [s1] }, 'shortlist.0'],
      ['the same winner twice', { winners: [s1, s1] }, 'winners.1'],
      ['no winner', { winners: [] }, 'winners'],
    ];
    for (const [what, body, path] of cases) {
      const res = await decide(moderator, id, body);
      expect(isProblem(res, 400, 'validation_failed'), what).toBe(true);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        what,
      ).toContain(path);
    }
    expect(await challengeRow(id)).toEqual(before);
    expect(await statuses([s1, s2, draft, withdrawn, hidden, foreign])).toEqual([
      'submitted',
      'submitted',
      'draft',
      'withdrawn',
      'submitted',
      'submitted',
    ]);
    expect(await decideAudits(id)).toBe(0);
  });

  it('sets winner/shortlisted/not_selected, decides with decided_at and an audit entry, once; feedback is shared', async () => {
    const { clinician, moderator, admin, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug, { share_feedback: true });
    const secondSolver = await registerUser('solver');
    const thirdSolver = await registerUser('solver');
    const winner = await submitSolution(solver, id);
    const shortlisted = await submitSolution(secondSolver, id);
    const unlucky = await submitSolution(thirdSolver, id);
    const j1 = await registerUser('clinician', { name: 'Professor Alba Quillfeather' });
    const j2 = await registerUser('clinician', { name: 'Doctor Bruno Marchetti' });
    for (const j of [j1, j2]) await assignJury(clinician, id, j);
    await startEvaluation(clinician, id);
    for (const j of [j1, j2]) for (const s of [winner, shortlisted, unlucky]) await declare(j, s, false);
    await evaluate(j1, winner, scoresOf([5, 4, 3, 4, 5, 2]), 'Strong clinical case.');
    await evaluate(j2, winner, scoresOf([3]), 'Needs validation data.');
    await evaluate(j1, shortlisted, scoresOf([4]));

    const early = await api(`/api/v1/solutions/${winner}`, { token: solver.token });
    expect(early.body.feedback).toBeNull();

    const res = await decide(moderator, id, {
      winners: [winner],
      shortlist: [shortlisted],
      note: 'Pilot with the winner.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'decided', decided_at: expect.any(String), share_feedback: true });
    expect(await statuses([winner, shortlisted, unlucky])).toEqual(['winner', 'shortlisted', 'not_selected']);
    expect(await challengeRow(id)).toMatchObject({ status: 'decided', decided_at: res.body.decided_at });
    const audit = await env.DB.prepare(
      "SELECT actor_id, after FROM audit_log WHERE entity_id = ? AND action = 'challenge.decide'",
    )
      .bind(id)
      .all<{ actor_id: string; after: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.actor_id).toBe(moderator.id);
    expect(JSON.parse(audit.results[0]!.after)).toMatchObject({ status: 'decided', winners: [winner] });

    const twice = await decide(clinician, id, { winners: [shortlisted] });
    expect(isProblem(twice, 409, 'invalid_state')).toBe(true);
    expect(twice.body.current_state).toBe('decided');
    expect(await statuses([winner, shortlisted, unlucky])).toEqual(['winner', 'shortlisted', 'not_selected']);

    const mine = await api(`/api/v1/solutions/${winner}`, { token: solver.token });
    expect(mine.body.status).toBe('winner');
    expect(mine.body.feedback).toMatchObject({
      score: 63.13,
      evaluations: 2,
      criteria: {
        clinical_impact: 4,
        feasibility: 3.5,
        innovation: 3,
        trl_fit: 3.5,
        regulatory_data_readiness: 4,
        business_case: 2.5,
      },
    });
    expect([...mine.body.feedback.comments].sort()).toEqual(['Needs validation data.', 'Strong clinical case.']);
    const feedbackText = JSON.stringify(mine.body.feedback);
    for (const j of [j1, j2]) expect(feedbackText).not.toContain(j.id);
    for (const name of ['Quillfeather', 'Marchetti', 'Alba', 'Bruno']) expect(feedbackText).not.toContain(name);

    const second = await api(`/api/v1/solutions/${shortlisted}`, { token: secondSolver.token });
    expect(second.body.status).toBe('shortlisted');
    expect(second.body.feedback).toEqual({ score: 75, evaluations: 1, criteria: expect.any(Object), comments: [] });
    const third = await api(`/api/v1/solutions/${unlucky}`, { token: thirdSolver.token });
    expect(third.body.status).toBe('not_selected');
    expect(third.body.feedback).toEqual({ score: null, evaluations: 0, criteria: {}, comments: [] });

    for (const [who, user] of [
      ['owner', clinician],
      ['moderator', moderator],
      ['admin', admin],
      ['juror', j1],
    ] as const) {
      const other = await api(`/api/v1/solutions/${winner}`, { token: user.token });
      expect(other.status, who).toBe(200);
      expect(other.body.feedback, who).toBeNull();
    }
  });

  it('gives the submitter no feedback when the challenge does not share it', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await declare(evaluator, s, false);
    await evaluate(evaluator, s, scoresOf([4]), 'Solid work.');
    await must(decide(clinician, id, { winners: [s] }));
    const mine = await api(`/api/v1/solutions/${s}`, { token: solver.token });
    expect(mine.body).toMatchObject({ status: 'winner', feedback: null });
    expect(JSON.stringify(mine.body)).not.toContain('Solid work.');
  });
});
