import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { rankedRows } from '../../../worker/domain/evaluation/ranking';
import { allSolutions, recomputeScores } from '../../../worker/domain/evaluation/score-sums';

/**
 * Migration 0015 (stages) over a database with a decided challenge in it, as production has: it
 * rebuilds the jury, declaration, evaluation and draft tables with `stage` in their keys and must
 * lose nothing, cascade-delete nothing (D1 enforces foreign keys even while a table is rebuilt),
 * and leave the ranking as it was: every row stage 1.
 */
const DB = env.MIGRATION_DB;
const migrations = env.TEST_MIGRATIONS;
const at = migrations.findIndex((m) => m.name.endsWith('_stages.sql'));

const CHALLENGE = 'c0000000-0000-7000-8000-000000000001';
const OTHER = 'c0000000-0000-7000-8000-000000000002';
const sol = (n: number) => `50000000-0000-7000-8000-00000000000${n}`;

/** A decided challenge: 2 criteria, 3 jurors, 4 solutions with teams, scores, a draft, a declared conflict and an automatic recusal, and a draft challenge without any of it. */
const FIXTURE = [
  `INSERT INTO organizations (id, name, kind) VALUES ('o-acme', 'Acme', 'sme'), ('o-clinic', 'Clinic', 'hospital')`,
  `INSERT INTO users (id, email, name, password_hash, kind, organization_id) VALUES
    ('u-owner', 'owner@m.test', 'Owner', 'x', 'clinician', 'o-clinic'),
    ('u-j1', 'j1@m.test', 'J1', 'x', 'clinician', NULL), ('u-j2', 'j2@m.test', 'J2', 'x', 'clinician', NULL),
    ('u-j3', 'j3@m.test', 'J3', 'x', 'clinician', 'o-acme'),
    ('u-s1', 's1@m.test', 'S1', 'x', 'solver', NULL), ('u-s2', 's2@m.test', 'S2', 'x', 'solver', NULL),
    ('u-s3', 's3@m.test', 'S3', 'x', 'solver', NULL), ('u-s4', 's4@m.test', 'S4', 'x', 'solver', 'o-acme')`,
  `INSERT INTO clusters (id, slug, name, region, country) VALUES ('k-1', 'migration', 'Migration', 'North', 'DE')`,
  `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
    care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind,
    deadline, evaluation_deadline, min_evaluations, share_feedback, published_at, submissions_closed_at, decided_at)
    VALUES ('${CHALLENGE}', 'k-1', 'u-owner', 'decided', 'Decided', 's', 'p', 'i', 'diagnosis', 'pp', 'soc', 'to', 'kpi',
      3, 6, 'pilot', '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 2, 1, '2026-01-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z', '2026-04-02T00:00:00.000Z'),
    ('${OTHER}', 'k-1', 'u-owner', 'draft', 'Draft', 's', 'p', 'i', 'diagnosis', 'pp', 'soc', 'to', 'kpi',
      3, 6, 'pilot', '2026-09-01T00:00:00.000Z', NULL, 3, 0, NULL, NULL, NULL)`,
  `INSERT INTO challenge_criteria (challenge_id, key, label, weight, position) VALUES
    ('${CHALLENGE}', 'feasibility', 'Feasibility', 60, 0), ('${CHALLENGE}', 'impact', 'Impact', 40, 1)`,
  `INSERT INTO evaluator_assignments (challenge_id, user_id, assigned_by) VALUES
    ('${CHALLENGE}', 'u-j1', 'u-owner'), ('${CHALLENGE}', 'u-j2', 'u-owner'), ('${CHALLENGE}', 'u-j3', 'u-owner')`,
  `INSERT INTO solutions (id, challenge_id, submitter_id, status, title, summary, approach, trl, submitted_at) VALUES
    ('${sol(1)}', '${CHALLENGE}', 'u-s1', 'winner', 'One', 's', 'a', 4, '2026-02-01T00:00:00.000Z'),
    ('${sol(2)}', '${CHALLENGE}', 'u-s2', 'not_selected', 'Two', 's', 'a', 4, '2026-02-02T00:00:00.000Z'),
    ('${sol(3)}', '${CHALLENGE}', 'u-s3', 'not_selected', 'Three', 's', 'a', 4, '2026-02-03T00:00:00.000Z'),
    ('${sol(4)}', '${CHALLENGE}', 'u-s4', 'not_selected', 'Four', 's', 'a', 4, '2026-02-04T00:00:00.000Z')`,
  `INSERT INTO solution_members (solution_id, user_id, role, organization_name) VALUES
    ('${sol(1)}', 'u-s1', 'technical_lead', ''), ('${sol(2)}', 'u-s2', 'technical_lead', ''),
    ('${sol(3)}', 'u-s3', 'technical_lead', ''), ('${sol(4)}', 'u-s4', 'technical_lead', 'Acme')`,
  `INSERT INTO attachments (id, solution_id, uploaded_by, filename, content_type, size, r2_key) VALUES
    ('a-1', '${sol(1)}', 'u-s1', 'plan.pdf', 'application/pdf', 10, 'att/a-1')`,
  `INSERT INTO evaluations (solution_id, evaluator_id, scores, comment) VALUES
    ('${sol(1)}', 'u-j1', '{"feasibility":5,"impact":4}', 'Strong'), ('${sol(1)}', 'u-j2', '{"feasibility":4,"impact":5}', NULL),
    ('${sol(1)}', 'u-j3', '{"feasibility":5,"impact":5}', NULL), ('${sol(2)}', 'u-j1', '{"feasibility":3,"impact":3}', NULL),
    ('${sol(2)}', 'u-j2', '{"feasibility":2,"impact":4}', NULL), ('${sol(2)}', 'u-j3', '{"feasibility":1,"impact":1}', NULL),
    ('${sol(3)}', 'u-j1', '{"feasibility":2,"impact":2}', NULL), ('${sol(3)}', 'u-j3', '{"feasibility":5,"impact":5}', NULL),
    ('${sol(4)}', 'u-j1', '{"feasibility":4,"impact":2}', NULL), ('${sol(4)}', 'u-j2', '{"feasibility":3,"impact":3}', NULL)`,
  `INSERT INTO evaluation_drafts (solution_id, evaluator_id, scores) VALUES ('${sol(3)}', 'u-j2', '{"impact":2}')`,
  // j3 declared a conflict on 3 (their score stays stored, uncounted); Bedside recused j3 from 4 (Acme).
  `INSERT INTO conflict_declarations (solution_id, evaluator_id, conflict, note, automatic, reason) VALUES
    ('${sol(1)}', 'u-j1', 0, NULL, 0, NULL), ('${sol(3)}', 'u-j3', 1, 'Former colleague', 0, NULL),
    ('${sol(4)}', 'u-j3', 1, NULL, 1, '{"organization":"Acme","member":"S4"}')`,
  `INSERT INTO ranking_cache (challenge_id, scores_version, normalised, normalised_version)
    VALUES ('${CHALLENGE}', 7, '{"format":1,"z":{}}', 7)
    ON CONFLICT(challenge_id) DO UPDATE SET normalised = excluded.normalised, normalised_version = scores_version`,
];

/** The per-criterion sums as 0014's recomputeScores wrote them (the query before stages). */
const OLD_SUMS = `INSERT INTO solution_scores (solution_id, criterion_key, total, evaluations)
  SELECT e.solution_id, c.key, sum(json_extract(e.scores, '$.' || c.key)), count(*)
  FROM solutions s
  JOIN evaluations e ON e.solution_id = s.id
  JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id AND a.user_id = e.evaluator_id
  LEFT JOIN conflict_declarations d ON d.solution_id = e.solution_id AND d.evaluator_id = e.evaluator_id
  JOIN challenge_criteria c ON c.challenge_id = s.challenge_id
  WHERE coalesce(d.conflict, 0) = 0
  GROUP BY e.solution_id, c.key`;

const TABLES = [
  'challenges',
  'challenge_criteria',
  'solutions',
  'solution_members',
  'attachments',
  'evaluator_assignments',
  'evaluations',
  'evaluation_drafts',
  'conflict_declarations',
  'solution_scores',
  'users',
];

const count = async (table: string) =>
  (await DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? -1;
const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));
const sums = async () =>
  (
    await DB.prepare(
      'SELECT solution_id, criterion_key, total, evaluations FROM solution_scores ORDER BY solution_id, criterion_key',
    ).all()
  ).results;
const all = async (query: string) => (await DB.prepare(query).all()).results;

describe('migration 0015 (stages) over a decided challenge', () => {
  let before: Record<string, number>;
  let sumsBefore: unknown[];

  beforeAll(async () => {
    expect(at).toBeGreaterThan(0);
    await applyD1Migrations(DB, migrations.slice(0, at));
    await DB.batch([...FIXTURE, OLD_SUMS].map((q) => DB.prepare(q)));
    before = await counts();
    sumsBefore = await sums();
    await applyD1Migrations(DB, migrations);
  });

  it('loses no row, in the tables it rebuilds or in any that reference the parents', async () => {
    expect(before.evaluations).toBe(10);
    expect(before.conflict_declarations).toBe(3);
    expect(await counts()).toEqual(before);
  });

  it('makes everything stage 1', async () => {
    for (const table of [
      'evaluator_assignments',
      'evaluations',
      'evaluation_drafts',
      'conflict_declarations',
      'challenge_criteria',
      'solution_scores',
    ]) {
      expect(await all(`SELECT DISTINCT stage FROM ${table}`), table).toEqual([{ stage: 1 }]);
    }
    expect(await all('SELECT id, current_stage FROM challenges ORDER BY id')).toEqual([
      { id: CHALLENGE, current_stage: 1 },
      { id: OTHER, current_stage: 1 },
    ]);
    // The automatic recusal keeps its reason; the declared conflict its note.
    expect(
      await all(`SELECT evaluator_id, conflict, note, automatic, reason FROM conflict_declarations
        WHERE solution_id IN ('${sol(3)}', '${sol(4)}') ORDER BY solution_id`),
    ).toEqual([
      { evaluator_id: 'u-j3', conflict: 1, note: 'Former colleague', automatic: 0, reason: null },
      { evaluator_id: 'u-j3', conflict: 1, note: null, automatic: 1, reason: '{"organization":"Acme","member":"S4"}' },
    ]);
  });

  it('gives every challenge its stage 1, mirroring its deadlines, minimum and feedback setting', async () => {
    expect(
      await all(`SELECT challenge_id, stage, name, kind, deadline, evaluation_deadline, min_evaluations, share_feedback,
        required_fields, opened_at, closed_at FROM challenge_stages ORDER BY challenge_id`),
    ).toEqual([
      {
        challenge_id: CHALLENGE,
        stage: 1,
        name: '',
        kind: 'submission',
        deadline: '2026-03-01T00:00:00.000Z',
        evaluation_deadline: '2026-04-01T00:00:00.000Z',
        min_evaluations: 2,
        share_feedback: 1,
        required_fields: '["title","summary","trl","approach","team","ip_status","links","attachments"]',
        opened_at: '2026-01-01T00:00:00.000Z',
        closed_at: '2026-03-01T00:00:00.000Z',
      },
      {
        challenge_id: OTHER,
        stage: 1,
        name: '',
        kind: 'submission',
        deadline: '2026-09-01T00:00:00.000Z',
        evaluation_deadline: null,
        min_evaluations: 3,
        share_feedback: 0,
        required_fields: '["title","summary","trl","approach","team","ip_status","links","attachments"]',
        opened_at: null,
        closed_at: null,
      },
    ]);
  });

  it('records each submitted solution in stage 1 with the outcome its status says', async () => {
    expect(
      await all(
        'SELECT solution_id, challenge_id, stage, submitted_at, outcome FROM solution_stages ORDER BY solution_id',
      ),
    ).toEqual([
      {
        solution_id: sol(1),
        challenge_id: CHALLENGE,
        stage: 1,
        submitted_at: '2026-02-01T00:00:00.000Z',
        outcome: 'winner',
      },
      ...[2, 3, 4].map((n) => ({
        solution_id: sol(n),
        challenge_id: CHALLENGE,
        stage: 1,
        submitted_at: `2026-02-0${n}T00:00:00.000Z`,
        outcome: 'not_selected',
      })),
    ]);
  });

  it('keeps the sums, and recomputing them with stages gives the same', async () => {
    expect(await sums()).toEqual(sumsBefore);
    const db = createDb(DB);
    await db.batch(recomputeScores(db, allSolutions));
    expect(await sums()).toEqual(sumsBefore);
    // j3's conflicts leave 3 and 4 with the other jurors' scores only.
    expect(sumsBefore).toContainEqual({ solution_id: sol(3), criterion_key: 'impact', total: 2, evaluations: 1 });
  });

  it('ranks as before: the per-solution scores from the same sums', async () => {
    const ranked = await rankedRows(createDb(DB), CHALLENGE);
    expect(ranked.map((r) => [r.solution_id, r.rank, r.evaluations])).toEqual([
      [sol(1), 1, 3],
      [sol(4), 2, 2],
      [sol(2), 3, 3],
      [sol(3), 4, 1],
    ]);
    // Feasibility 60 %, impact 40 %: solution 1 has means 14/3 and 14/3, so 100 × (14/3 − 1) / 4.
    expect(ranked[0]?.score).toBeCloseTo((100 * (14 / 3 - 1)) / 4, 6);
  });

  it('starts the ranking cache empty, per stage, and the triggers raise it per stage', async () => {
    expect(await count('ranking_cache')).toBe(0);
    await DB.prepare(
      `INSERT INTO evaluations (solution_id, evaluator_id, stage, scores) VALUES ('${sol(3)}', 'u-j2', 1, '{"feasibility":1,"impact":1}')`,
    ).run();
    await DB.prepare(`DELETE FROM evaluation_drafts WHERE solution_id = '${sol(3)}'`).run();
    expect(await all('SELECT challenge_id, stage, scores_version FROM ranking_cache')).toEqual([
      { challenge_id: CHALLENGE, stage: 1, scores_version: 1 },
    ]);
    // A solution leaving the running raises every stage of its challenge.
    await DB.prepare(
      `INSERT INTO challenge_stages (challenge_id, stage, deadline) VALUES ('${CHALLENGE}', 2, '2026-06-01T00:00:00.000Z')`,
    ).run();
    await DB.prepare(`UPDATE solutions SET hidden_at = '2026-05-01T00:00:00.000Z' WHERE id = '${sol(2)}'`).run();
    expect(await all('SELECT stage, scores_version FROM ranking_cache ORDER BY stage')).toEqual([
      { stage: 1, scores_version: 2 },
      { stage: 2, scores_version: 1 },
    ]);
  });

  it('has every ranking and stage trigger', async () => {
    const triggers = (await all(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)).map(
      (r) => (r as { name: string }).name,
    );
    expect(triggers).toEqual(
      expect.arrayContaining([
        'challenges_stage_ai',
        'challenges_stage_au',
        'solutions_stage_ai',
        'solutions_stage_au',
        'evaluations_ranking_ai',
        'evaluations_ranking_au',
        'evaluations_ranking_ad',
        'conflicts_ranking_ai',
        'conflicts_ranking_au',
        'conflicts_ranking_ad',
        'jury_ranking_ai',
        'jury_ranking_ad',
        'solutions_ranking_ai',
        'solutions_ranking_au',
        'solutions_ranking_ad',
        'criteria_ranking_ai',
        'criteria_ranking_au',
        'criteria_ranking_ad',
        'solution_stages_ranking_ai',
        'solution_stages_ranking_au',
        'solution_stages_ranking_ad',
      ]),
    );
  });

  it('gives a challenge or a submitted solution written after it its stage-1 row', async () => {
    await DB.prepare(
      `INSERT INTO challenges (id, cluster_id, owner_id, title, summary, problem_statement, indication, care_pathway_step,
        patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, deadline)
        VALUES ('c-new', 'k-1', 'u-owner', 'New', 's', 'p', 'i', 'diagnosis', 'pp', 'soc', 'to', 'kpi', 3, 6, 'pilot',
        '2027-01-01T00:00:00.000Z')`,
    ).run();
    await DB.prepare(
      `INSERT INTO solutions (id, challenge_id, submitter_id, title, summary, approach, trl)
        VALUES ('s-new', 'c-new', 'u-s1', 'Draft', 's', 'a', 4)`,
    ).run();
    expect(await all(`SELECT stage, deadline FROM challenge_stages WHERE challenge_id = 'c-new'`)).toEqual([
      { stage: 1, deadline: '2027-01-01T00:00:00.000Z' },
    ]);
    // An edit of the challenge's deadline or minimum lands in its current stage.
    await DB.prepare(
      `UPDATE challenges SET deadline = '2027-02-01T00:00:00.000Z', min_evaluations = 4 WHERE id = 'c-new'`,
    ).run();
    expect(
      await all(`SELECT stage, deadline, min_evaluations FROM challenge_stages WHERE challenge_id = 'c-new'`),
    ).toEqual([{ stage: 1, deadline: '2027-02-01T00:00:00.000Z', min_evaluations: 4 }]);
    expect(await count(`solution_stages WHERE solution_id = 's-new'`)).toBe(0);
    await DB.prepare(
      `UPDATE solutions SET status = 'submitted', submitted_at = '2026-12-01T00:00:00.000Z' WHERE id = 's-new'`,
    ).run();
    expect(await all(`SELECT stage, submitted_at, outcome FROM solution_stages WHERE solution_id = 's-new'`)).toEqual([
      { stage: 1, submitted_at: '2026-12-01T00:00:00.000Z', outcome: 'pending' },
    ]);
  });
});
