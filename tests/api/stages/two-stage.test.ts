import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, ranking, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { delivered, mailboxPage } from '../../helpers/mail';
import { patchSolution, solutionBody, submitSolution } from '../../helpers/solutions';
import { freshCast, jurors } from '../evaluation/fixtures';
import { solver, stageOneEvaluated } from './fixtures';

/**
 * A two-stage challenge (issue 15): stage 1 evaluated, a shortlist advanced, the others told
 * their outcome. Everything over HTTP against the real local D1.
 */
const advance = (user: TestUser | undefined, id: string, stage: number, body: unknown) =>
  api(`/api/v1/challenges/${id}/stages/${stage}/advance`, { token: user?.token, body });

const outcomes = async (challengeId: string, stage: number) =>
  Object.fromEntries(
    (
      await env.DB.prepare(
        'SELECT solution_id, outcome, feedback_shared, submitted_at FROM solution_stages WHERE challenge_id = ? AND stage = ?',
      )
        .bind(challengeId, stage)
        .all<{ solution_id: string; outcome: string; feedback_shared: number; submitted_at: string | null }>()
    ).results.map((r) => [r.solution_id, r]),
  );

/** PATCH a solution at the version its member reads now. */
const patch = async (user: TestUser, id: string, body: Record<string, unknown>) => {
  const { version } = (await must(api(`/api/v1/solutions/${id}`, { token: user.token }))).body;
  return patchSolution(user, id, { ...body, version });
};

describe('POST /api/v1/challenges/{id}/stages/{stage}/advance', () => {
  it('shortlists one solution into stage 2, the other is not advanced and told so in its language, with feedback', async () => {
    const f = await stageOneEvaluated();
    // The decision comes after the last stage only.
    const early = await api(`/api/v1/challenges/${f.id}/decision`, {
      token: f.owner.token,
      body: { winners: [f.a], overrides: [{ solution_id: f.a, note: 'Too early to decide, on purpose.' }] },
    });
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/stages\/1\/advance/);

    const { body: challenge } = await must(advance(f.owner, f.id, 1, { solution_ids: [f.a], share_feedback: true }));
    // Open again, to the shortlist, with stage 2's deadline and minimum mirrored into the challenge.
    expect(challenge).toMatchObject({
      status: 'open',
      deadline: new Date(f.stages[1]?.deadline ?? '').toISOString(),
      min_evaluations: 3,
      share_feedback: true,
    });
    const stages = (await must(api(`/api/v1/challenges/${f.id}/stages`))).body;
    expect(stages.current_stage).toBe(2);
    expect(stages.data[0].advanced_at).not.toBeNull();
    expect(stages.data[1].opened_at).not.toBeNull();

    const one = await outcomes(f.id, 1);
    expect(one[f.a]).toMatchObject({ outcome: 'advanced', feedback_shared: 0 });
    expect(one[f.b]).toMatchObject({ outcome: 'not_advanced', feedback_shared: 1 });
    // The shortlist's place in stage 2, not submitted yet (so not in its cohort).
    expect(Object.keys(await outcomes(f.id, 2))).toEqual([f.a]);
    expect((await outcomes(f.id, 2))[f.a]?.submitted_at).toBeNull();

    // Each team hears its own outcome, in the inbox and by email in its language.
    const inbox = async (user: TestUser) =>
      (await must(api('/api/v1/me/notifications', { token: user.token }))).body.data.filter(
        (n: { challenge_id: string }) => n.challenge_id === f.id,
      );
    expect((await inbox(f.alpha)).map((n: { kind: string }) => n.kind)).toContain('stage_advanced');
    const betaLines = await inbox(f.beta);
    expect(betaLines.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['stage_not_advanced']));
    expect(betaLines.map((n: { kind: string }) => n.kind)).not.toContain('stage_advanced');
    expect(JSON.stringify(betaLines)).not.toContain('Alpha sepsis score');
    const [mail] = await delivered(f.beta.email, 'stage_not_advanced');
    expect(mail?.language).toBe('de');
    const page = await mailboxPage(mail?.id ?? '');
    expect(page).toContain('ist nicht in die nächste Stufe');
    expect(page).toContain('Rückmeldung der Jury');
    const [good] = await delivered(f.alpha.email, 'stage_advanced');
    expect(await mailboxPage(good?.id ?? '')).toContain('is on the shortlist');

    // The audit trail records who advanced whom.
    const entry = await env.DB.prepare(
      "SELECT actor_id, after FROM audit_log WHERE entity_id = ? AND action = 'challenge.advance'",
    )
      .bind(f.id)
      .first<{ actor_id: string; after: string }>();
    expect(entry?.actor_id).toBe(f.owner.id);
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ current_stage: 2, advanced: [f.a] });

    // Stage 1's ranking stays readable as it was, by the owner and by the stage-1 juror.
    const first = (await must(api(`/api/v1/challenges/${f.id}/ranking?stage=1`, { token: f.owner.token }))).body;
    expect(first.data.map((r: { solution_id: string }) => r.solution_id)).toEqual([f.a, f.b]);
    // Stage 2 has no solution submitted yet: its ranking is empty and asks for its own criteria.
    const second = (await must(ranking(f.owner, f.id))).body;
    expect(second.data).toEqual([]);
    expect(second.criteria.map((c: { key: string }) => c.key)).toEqual(['s2_feasibility', 's2_value']);
  });

  it('runs stage 2 for the shortlist only, with its own jury and conflicts, to the decision and a cooperation', async () => {
    const f = await stageOneEvaluated();
    await must(advance(f.owner, f.id, 1, { solution_ids: [f.a] }));

    // Stage 2 takes no new solutions, and nothing from those not shortlisted.
    const late = await api(`/api/v1/challenges/${f.id}/solutions`, {
      token: (await solver('en')).token,
      body: { ...solutionBody(), submit: true },
    });
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/open only to the solutions shortlisted from stage 1/);
    const beta = await patch(f.beta, f.b, { work_plan: 'A plan we would like to add anyway, please.' });
    expect(beta.status).toBe(409);
    expect(beta.body.detail).toMatch(/was not shortlisted/);

    // The shortlisted one must give stage 2's fields before submitting it (422 naming each).
    const incomplete = await api(`/api/v1/solutions/${f.a}/submit`, { method: 'POST', token: f.alpha.token });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.type).toBe('/problems/stage_incomplete');
    expect(incomplete.body.errors.map((e: { path: string }) => e.path)).toEqual(['budget_amount_minor', 'work_plan']);
    await must(
      patch(f.alpha, f.a, {
        budget_amount_minor: 12_000_000,
        budget_currency: 'EUR',
        work_plan: 'Months 1–3 data access, 4–9 pilot on two wards, 10–12 evaluation.',
      }),
    );
    await must(api(`/api/v1/solutions/${f.a}/submit`, { method: 'POST', token: f.alpha.token }));
    const two = await outcomes(f.id, 2);
    expect(two[f.a]?.submitted_at).not.toBeNull();
    const snapshot = await env.DB.prepare('SELECT snapshot FROM solution_stages WHERE solution_id = ? AND stage = 2')
      .bind(f.a)
      .first<{ snapshot: string }>();
    expect(JSON.parse(snapshot?.snapshot ?? '{}')).toEqual({
      budget: { amount_minor: 12_000_000, currency: 'EUR' },
      work_plan: 'Months 1–3 data access, 4–9 pilot on two wards, 10–12 evaluation.',
    });
    // Submitted to the stage: it no longer changes.
    expect((await patch(f.alpha, f.a, { work_plan: 'Changed after submitting it to stage 2.' })).status).toBe(409);

    // Stage 2's jury: another person, and the stage-1 juror, who declares a conflict there.
    const [second] = await jurors(1);
    if (!second) throw new Error('no juror');
    await assignJury(f.owner, f.id, second);
    await assignJury(f.owner, f.id, f.juror);
    await startEvaluation(f.owner, f.id);
    await declare(f.juror, f.a, true);
    await declare(second, f.a, false);
    await evaluate(second, f.a, scoresOf([3, 4], ['s2_feasibility', 's2_value']));

    const stageTwo = (await must(api(`/api/v1/challenges/${f.id}/ranking?stage=2`, { token: f.owner.token }))).body;
    expect(
      stageTwo.data.map((r: { solution_id: string; evaluations: number }) => [r.solution_id, r.evaluations]),
    ).toEqual([[f.a, 1]]);
    // The stage-2 conflict leaves stage 1 as it was: both solutions, the stage-1 juror's scores.
    const stageOne = (await must(api(`/api/v1/challenges/${f.id}/ranking?stage=1`, { token: f.owner.token }))).body;
    expect(
      stageOne.data.map((r: { solution_id: string; evaluations: number }) => [r.solution_id, r.evaluations]),
    ).toEqual([
      [f.a, 1],
      [f.b, 1],
    ]);
    expect(stageOne.data[0].score).not.toBe(stageTwo.data[0].score);

    // The decision, after the last stage: only its cohort may be named; a cooperation opens.
    const notInStage = await api(`/api/v1/challenges/${f.id}/decision`, {
      token: f.owner.token,
      body: { winners: [f.b], overrides: [{ solution_id: f.b, note: 'Not in stage two, on purpose.' }] },
    });
    expect(notInStage.status).toBe(400);
    await must(
      api(`/api/v1/challenges/${f.id}/decision`, {
        token: f.owner.token,
        body: { winners: [f.a], overrides: [{ solution_id: f.a, note: 'One stage-two juror is enough here.' }] },
      }),
    );
    expect((await outcomes(f.id, 2))[f.a]?.outcome).toBe('winner');
    expect((await outcomes(f.id, 1))[f.b]?.outcome).toBe('not_advanced');
    const coop = await env.DB.prepare('SELECT count(*) AS n FROM cooperations WHERE solution_id = ?')
      .bind(f.a)
      .first<{ n: number }>();
    expect(coop?.n).toBe(1);
  });

  it('refuses a juror or a solver (403/404), a stage not in evaluation (409), a last stage (409) and unknown ids (422)', async () => {
    const f = await stageOneEvaluated();
    for (const who of [f.juror, f.alpha]) {
      const res = await advance(who, f.id, 1, { solution_ids: [f.a] });
      expect([403, 404]).toContain(res.status);
    }
    expect((await advance(undefined, f.id, 1, { solution_ids: [f.a] })).status).toBe(401);
    const wrong = await advance(f.owner, f.id, 2, { solution_ids: [f.a] });
    expect(wrong.status).toBe(409);
    expect(wrong.body.detail).toMatch(/evaluating stage 1, not stage 2/);
    const unknown = await advance(f.moderator, f.id, 1, { solution_ids: [f.a, crypto.randomUUID()] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.type).toBe('/problems/not_in_stage');
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual(['solution_ids.1']);
    expect((await advance(f.owner, f.id, 1, { solution_ids: [f.a, f.a] })).status).toBe(400);
    // Nothing moved.
    expect((await outcomes(f.id, 1))[f.b]?.outcome).toBe('pending');

    // A moderator advances; then stage 2 is open, not in evaluation: advancing it again is 409.
    await must(advance(f.moderator, f.id, 1, { solution_ids: [f.a] }));
    const again = await advance(f.owner, f.id, 1, { solution_ids: [f.a] });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/open/);
  });

  it('refuses to advance a one-stage challenge: its only stage is the last, decided instead', async () => {
    const { owner, moderator, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    await must(transition(owner, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const s = await submitSolution(await solver('it'), draft.id);
    await startEvaluation(owner, draft.id);
    const last = await advance(owner, draft.id, 1, { solution_ids: [s] });
    expect(last.status).toBe(409);
    expect(last.body.detail).toMatch(/last stage of this challenge: decide it instead/);
  });
});
