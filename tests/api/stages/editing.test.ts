import { describe, expect, it } from 'vitest';
import { createDraft, inDays, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, ranking, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';
import { freshCast, jurors, solverOf } from '../evaluation/fixtures';

const put = (token: string, id: string, body: unknown, headers?: Record<string, string>) =>
  api(`/api/v1/challenges/${id}/stages`, { method: 'PUT', token, body, headers });

describe('PUT /api/v1/challenges/{id}/stages', () => {
  it('sets a draft’s stages and their criteria; stage 1’s dates and minimum become the challenge’s', async () => {
    const { owner, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    const body = twoStages(draft.version);
    const { body: stages } = await must(put(owner.token, draft.id, body));
    expect(stages.current_stage).toBe(1);
    expect(
      stages.data.map((s: { stage: number; kind: string; criteria: { key: string }[] }) => [
        s.stage,
        s.kind,
        s.criteria.map((c) => c.key),
      ]),
    ).toEqual([
      [1, 'expression_of_interest', ['clinical_fit', 'feasibility']],
      // A later stage's keys carry its number, so "Feasibility" may be scored in both.
      [2, 'full_proposal', ['s2_feasibility', 's2_value']],
    ]);
    expect(stages.data[1]).toMatchObject({ name: 'Full proposal', share_feedback: true, min_evaluations: 3 });
    expect(stages.data[1].required_fields).toEqual(['budget', 'work_plan']);
    const challenge = (await must(api(`/api/v1/challenges/${draft.id}`, { token: owner.token }))).body;
    expect(challenge).toMatchObject({
      version: draft.version + 1,
      deadline: new Date(body.stages[0]?.deadline ?? '').toISOString(),
      min_evaluations: 2,
    });
    // The challenge shows stage 1's criteria, which its form edits.
    expect(challenge.criteria.map((c: { key: string }) => c.key)).toEqual(['clinical_fit', 'feasibility']);

    // Editing the challenge's deadline moves stage 1's with it; stage 2 keeps its criteria.
    const deadline = inDays(20);
    await must(
      api(`/api/v1/challenges/${draft.id}`, {
        method: 'PATCH',
        token: owner.token,
        body: { version: challenge.version, deadline, criteria: [{ label: 'Clinical fit', weight: 100 }] },
      }),
    );
    const after = (await must(api(`/api/v1/challenges/${draft.id}/stages`, { token: owner.token }))).body;
    expect(after.data[0].deadline).toBe(new Date(deadline).toISOString());
    expect(after.data.map((s: { criteria: { key: string }[] }) => s.criteria.map((c) => c.key))).toEqual([
      ['clinical_fit'],
      ['s2_feasibility', 's2_value'],
    ]);
  });

  it('says what is wrong: a key used in two stages, a stage closing before the one before it is evaluated', async () => {
    const { owner, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    const body = twoStages(draft.version);
    const [one, two] = body.stages as unknown as [Record<string, unknown>, Record<string, unknown>];
    const fine = await put(owner.token, draft.id, {
      ...body,
      stages: [one, { ...two, criteria: [{ key: 's2_fit', label: 'Fit', weight: 10 }] }],
    });
    expect(fine.status).toBe(200);
    const bad = await put(owner.token, draft.id, {
      version: draft.version + 1,
      stages: [
        { ...one, criteria: [{ key: 's2_fit', label: 'Fit', weight: 10 }] },
        { ...two, deadline: inDays(35), criteria: [{ key: 's2_fit', label: 'Fit again', weight: 10 }] },
      ],
    });
    expect(bad.status).toBe(400);
    const paths = (bad.body.errors as { path: string; message: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['stages.1.criteria.0.key', 'stages.1.deadline']));
    expect(JSON.stringify(bad.body.errors)).toMatch(/used in stage 1 already/);
  });

  it('is guarded by the version read (412), and refused once the challenge is submitted for approval (409)', async () => {
    const { owner, moderator, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    expect((await put(owner.token, draft.id, twoStages(draft.version + 5))).status).toBe(412);
    expect((await put(owner.token, draft.id, { stages: twoStages(1).stages })).status).toBe(400);
    await must(put(owner.token, draft.id, twoStages(draft.version)));
    await must(transition(owner, draft.id, 'submit'));
    const refused = await put(owner.token, draft.id, twoStages(draft.version + 2));
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/in_review/);
    await must(transition(moderator, draft.id, 'approve'));
  });

  it('runs a two-stage challenge’s first stage with that stage’s criteria', async () => {
    const { owner, moderator, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    await must(put(owner.token, draft.id, twoStages(draft.version)));
    await must(transition(owner, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const solver = await solverOf('Staged');
    const solution = await submitSolution(solver, draft.id);
    const [juror] = await jurors(1);
    if (!juror) throw new Error('no juror');
    await assignJury(owner, draft.id, juror);
    await startEvaluation(owner, draft.id);
    await declare(juror, solution, false);
    // Stage 2's criteria are not asked for yet: a score of them is refused, stage 1's counts.
    const early = await api(`/api/v1/solutions/${solution}/evaluation`, {
      method: 'PUT',
      token: juror.token,
      body: { scores: scoresOf([4], ['clinical_fit', 'feasibility', 's2_value']) },
    });
    expect(early.status).toBe(400);
    await evaluate(juror, solution, scoresOf([5, 3], ['clinical_fit', 'feasibility']));
    const { body } = await must(ranking(owner, draft.id));
    expect(body.criteria.map((c: { key: string }) => c.key)).toEqual(['clinical_fit', 'feasibility']);
    // 60 % at 5 and 40 % at 3: 100 × (0.6 × 4 + 0.4 × 2) / 4.
    expect(body.data[0]).toMatchObject({ solution_id: solution, score: 80, evaluations: 1 });
  });
});
