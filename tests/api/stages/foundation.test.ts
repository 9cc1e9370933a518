import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { recomputeScores, wholeChallenge } from '../../../worker/domain/evaluation/score-sums';
import { ranking } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { calibrationFixture } from '../../helpers/quality';

/**
 * The stage foundation (issue 15, migration 0015): juries, declarations, evaluations, criteria,
 * the cohort and the kept ranking figures are per stage, and every read defaults to the
 * challenge's current stage. Later stages' rows are written here directly (their API comes with
 * the stages routes); what is read goes over HTTP.
 */
const run = (query: string, ...binds: unknown[]) =>
  env.DB.prepare(query)
    .bind(...binds)
    .run();
const version = async (id: string, stage: number) =>
  (
    await env.DB.prepare('SELECT scores_version AS v FROM ranking_cache WHERE challenge_id = ? AND stage = ?')
      .bind(id, stage)
      .first<{ v: number }>()
  )?.v ?? 0;

describe('stages underneath a one-stage challenge', () => {
  it('keeps a later stage’s jury, scores and declarations out of the current stage, and reads the later one once it is current', async () => {
    const f = await calibrationFixture();
    const read = async () => ({
      ranking: (await must(ranking(f.owner, f.id))).body,
      normalised: (await must(api(`/api/v1/challenges/${f.id}/ranking?method=normalised`, { token: f.owner.token })))
        .body,
      jury: (await must(api(`/api/v1/challenges/${f.id}/evaluators`, { token: f.owner.token }))).body,
      report: (await must(api(`/api/v1/challenges/${f.id}/evaluation-report`, { token: f.owner.token }))).body,
    });
    const before = await read();
    expect(before.ranking.data).toHaveLength(4);
    const stageOneVersion = await version(f.id, 1);
    expect(stageOneVersion).toBeGreaterThan(0);

    // A second stage: its own criterion, jury (L), a score by L on S1 (the only solution in it) and
    // a conflict M declared there.
    await run(
      `INSERT INTO challenge_stages (challenge_id, stage, deadline) VALUES (?, 2, '2030-01-01T00:00:00.000Z')`,
      f.id,
    );
    await run(
      `INSERT INTO challenge_criteria (challenge_id, key, label, weight, position, stage) VALUES (?, 's2_budget', 'Budget', 100, 0, 2)`,
      f.id,
    );
    await run(
      'INSERT INTO evaluator_assignments (challenge_id, stage, user_id) VALUES (?, 2, ?), (?, 2, ?)',
      f.id,
      f.L.id,
      f.id,
      f.M.id,
    );
    await run(
      `INSERT INTO solution_stages (solution_id, challenge_id, stage, submitted_at) VALUES (?, ?, 2, '2029-12-01T00:00:00.000Z')`,
      f.S1,
      f.id,
    );
    await run(
      `INSERT INTO evaluations (solution_id, evaluator_id, stage, scores) VALUES (?, ?, 2, '{"s2_budget":2}')`,
      f.S1,
      f.L.id,
    );
    await run(
      'INSERT INTO conflict_declarations (solution_id, evaluator_id, stage, conflict) VALUES (?, ?, 2, 1)',
      f.S1,
      f.M.id,
    );

    // The per-criterion sums, as every write keeps them: each criterion from its own stage's
    // evaluations, jury and declarations (M's conflict in stage 2 leaves their stage-1 score counting).
    const db = createDb(env.DB);
    await db.batch(recomputeScores(db, wholeChallenge(f.id)));

    // Stage 1 reads exactly as before, from the figures it kept (nothing of stage 1 changed).
    expect(await version(f.id, 1)).toBe(stageOneVersion);
    expect(await version(f.id, 2)).toBeGreaterThan(0);
    expect(await read()).toEqual(before);

    // Once stage 2 is the current one, everything reads it: its criterion, its cohort (S1 only),
    // its jury (L and M, with their progress there) and its declarations (M's conflict on S1).
    await run('UPDATE challenges SET current_stage = 2 WHERE id = ?', f.id);
    const later = await read();
    expect(later.ranking.criteria.map((c: { key: string }) => c.key)).toEqual(['s2_budget']);
    expect(
      later.ranking.data.map((r: { solution_id: string; evaluations: number }) => [r.solution_id, r.evaluations]),
    ).toEqual([[f.S1, 1]]);
    // Budget 2 of 5 with weight 100: 100 × (2 − 1) / 4.
    expect(later.ranking.data[0].score).toBe(25);
    const members = later.jury.data ?? later.jury;
    expect(
      members
        .map((m: { user_id: string; conflicts: number; scored: number }) => [m.user_id, m.conflicts, m.scored])
        .sort(),
    ).toEqual(
      [
        [f.L.id, 0, 1],
        [f.M.id, 1, 0],
      ].sort(),
    );
    expect(later.report.conflicts).toHaveLength(1);

    // ?stage=1 reads the earlier stage as it was; a stage not reached yet is 404, saying which it is in.
    const get = (path: string) => api(`/api/v1/challenges/${f.id}/${path}`, { token: f.owner.token });
    expect((await must(get('ranking?stage=1'))).body).toEqual(before.ranking);
    expect((await must(get('ranking?stage=1&method=normalised'))).body).toEqual(before.normalised);
    expect((await must(get('evaluators?stage=1'))).body).toEqual(before.jury);
    expect((await must(get('ranking?stage=2'))).body).toEqual(later.ranking);
    const notYet = await get('ranking?stage=3');
    expect(notYet.status).toBe(404);
    expect(notYet.body.detail).toMatch(/not reached stage 3; it is in stage 2/);
    expect((await get('evaluators?stage=3')).status).toBe(404);
    expect((await get('ranking?stage=0')).status).toBe(400);

    // The stages, each with its own criteria.
    const stages = (await must(api(`/api/v1/challenges/${f.id}/stages`))).body;
    expect(stages.current_stage).toBe(2);
    expect(
      stages.data.map((s: { stage: number; criteria: { key: string }[] }) => [s.stage, s.criteria.length]),
    ).toEqual([
      [1, before.ranking.criteria.length],
      [2, 1],
    ]);
  });
});

describe('GET /api/v1/challenges/{id}/stages', () => {
  it('gives a one-stage challenge its stage 1, mirroring the challenge', async () => {
    const f = await calibrationFixture();
    const challenge = (await must(api(`/api/v1/challenges/${f.id}`))).body;
    const { body } = await must(api(`/api/v1/challenges/${f.id}/stages`));
    expect(body).toMatchObject({ challenge_id: f.id, current_stage: 1 });
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      stage: 1,
      name: '',
      kind: 'submission',
      deadline: challenge.deadline,
      min_evaluations: challenge.min_evaluations,
      required_fields: ['title', 'summary', 'trl', 'approach', 'team', 'ip_status', 'links', 'attachments'],
      criteria: challenge.criteria,
    });
  });
});
