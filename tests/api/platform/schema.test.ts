import { env } from 'cloudflare:test';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_STATUSES } from '../../../worker/db/enums';
import * as schema from '../../../worker/db/schema';
import { PUBLISHED } from '../../../worker/domain/challenges/lifecycle';

const tables: SQLiteTable[] = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));

describe('migrations applied from zero', () => {
  it('create every table and column of the Drizzle schema (no drift)', async () => {
    expect(tables.length).toBeGreaterThanOrEqual(17);
    for (const table of tables) {
      const { results } = await env.DB.prepare(`SELECT name FROM pragma_table_xinfo(?)`)
        .bind(getTableName(table))
        .all();
      const actual = results.map((r) => r.name).sort();
      const expected = Object.values(getTableColumns(table))
        .map((c) => c.name)
        .sort();
      expect(actual, getTableName(table)).toEqual(expected);
    }
  });

  it('enforce foreign keys and the unique keys that make duplicates impossible', async () => {
    const run = (sql: string) => env.DB.prepare(sql).run();
    await env.DB.batch(
      [
        `INSERT INTO clusters (id, slug, name, region, country) VALUES ('k1', 'keys-cluster', 'K', 'R', 'DE')`,
        `INSERT INTO users (id, email, name, password_hash, kind) VALUES ('ku1', 'keys@x.test', 'K', 'x', 'clinician')`,
        `INSERT INTO users (id, email, name, password_hash, kind) VALUES ('ku2', 'keys2@x.test', 'K', 'x', 'solver')`,
        `INSERT INTO challenges (id, cluster_id, owner_id, title, summary, problem_statement, indication, care_pathway_step,
           patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, deadline)
         VALUES ('kc1', 'k1', 'ku1', 't', 's', 'p', 'i', 'diagnosis', 'pp', 'soc', 'to', 'kpi', 1, 9, 'pilot', '2030-01-01T00:00:00.000Z')`,
        `INSERT INTO solutions (id, challenge_id, submitter_id, title, summary, approach, trl) VALUES ('ks1', 'kc1', 'ku2', 't', 's', 'a', 4)`,
        `INSERT INTO evaluations (solution_id, evaluator_id, scores) VALUES ('ks1', 'ku1', '{"feasibility":3}')`,
        `INSERT INTO endorsements (challenge_id, user_id) VALUES ('kc1', 'ku2')`,
      ].map((sql) => env.DB.prepare(sql)),
    );
    const duplicates = [
      `INSERT INTO evaluations (solution_id, evaluator_id, scores) VALUES ('ks1', 'ku1', '{"feasibility":4}')`,
      `INSERT INTO endorsements (challenge_id, user_id) VALUES ('kc1', 'ku2')`,
      `INSERT INTO users (id, email, name, password_hash, kind) VALUES ('ku3', 'keys@x.test', 'K', 'x', 'solver')`,
      `INSERT INTO clusters (id, slug, name, region, country) VALUES ('k2', 'keys-cluster', 'K', 'R', 'DE')`,
    ];
    for (const sql of duplicates) await expect(run(sql), sql).rejects.toThrow(/UNIQUE constraint failed/);
    await expect(
      run(`INSERT INTO endorsements (challenge_id, user_id) VALUES ('no-such-challenge', 'ku2')`),
    ).rejects.toThrow(/FOREIGN KEY constraint failed/);
    await expect(
      run(`INSERT INTO evaluations (solution_id, evaluator_id, scores) VALUES ('ks1', 'ku2', '[1,2]')`),
    ).rejects.toThrow(/CHECK constraint failed/);
    await expect(run(`UPDATE challenges SET trl_min = 7, trl_max = 3 WHERE id = 'kc1'`)).rejects.toThrow(
      /CHECK constraint failed/,
    );
  });

  it('keep the FTS5 index in sync with challenges and their tags', async () => {
    const stmts = [
      `INSERT INTO clusters (id, slug, name, region, country) VALUES ('c1', 'fts-cluster', 'FTS', 'Nowhere', 'DE')`,
      `INSERT INTO users (id, email, name, password_hash, kind) VALUES ('u1', 'fts@x.test', 'F', 'x', 'clinician')`,
      `INSERT INTO challenges (id, cluster_id, owner_id, title, summary, problem_statement, indication, care_pathway_step,
         patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, deadline)
       VALUES ('ch1', 'c1', 'u1', 'Pharmakogenomische Dosierung', 'Warnhinweise für Wechselwirkungen', 'Problem text here',
         'Vorhofflimmern', 'treatment', 'adults', 'manual', 'fewer bleeds', 'bleeds -20%', 3, 6, 'pilot', '2030-01-01T00:00:00.000Z')`,
      `INSERT INTO challenge_tags (challenge_id, tag) VALUES ('ch1', 'pharmacogenomics')`,
    ];
    await env.DB.batch(stmts.map((s) => env.DB.prepare(s)));
    const match = (q: string) =>
      env.DB.prepare(
        `SELECT c.id FROM challenges_fts f JOIN challenges c ON c.seq = f.rowid WHERE challenges_fts MATCH ?`,
      )
        .bind(q)
        .all()
        .then((r) => r.results.map((row) => row.id));

    expect(await match('pharmakogenomische')).toEqual(['ch1']); // diacritics and case folded
    expect(await match('vorhof*')).toEqual(['ch1']);
    expect(await match('pharmacogenomics')).toEqual(['ch1']); // tag indexed
    await env.DB.prepare(`UPDATE challenges SET title = 'Dosing alerts' WHERE id = 'ch1'`).run();
    expect(await match('dosing')).toEqual(['ch1']);
    expect(await match('pharmakogenomische')).toEqual([]);
    await env.DB.prepare(`DELETE FROM challenge_tags WHERE challenge_id = 'ch1'`).run();
    expect(await match('pharmacogenomics')).toEqual([]);
    await env.DB.prepare(`DELETE FROM challenges WHERE id = 'ch1'`).run();
    expect(await match('dosing')).toEqual([]);
  });

  it('compute `listed` exactly for published, unhidden challenges (the SQL agrees with the life cycle)', async () => {
    const insert = (id: string, status: string, hidden: string | null) =>
      env.DB.prepare(
        `INSERT INTO challenges (id, cluster_id, owner_id, status, hidden_at, title, summary, problem_statement, indication,
           care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max, reward_kind, deadline)
         VALUES (?, 'lc', 'lu', ?, ?, 't', 's', 'p', 'i', 'diagnosis', 'pp', 'soc', 'to', 'kpi', 1, 9, 'pilot', '2030-01-01T00:00:00.000Z')`,
      ).bind(id, status, hidden);
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO clusters (id, slug, name, region, country) VALUES ('lc', 'listed-cluster', 'L', 'R', 'DE')`,
      ),
      env.DB.prepare(
        `INSERT INTO users (id, email, name, password_hash, kind) VALUES ('lu', 'listed@x.test', 'L', 'x', 'clinician')`,
      ),
      ...CHALLENGE_STATUSES.map((status) => insert(`listed-${status}`, status, null)),
      insert('listed-hidden', 'open', '2026-01-01T00:00:00.000Z'),
    ]);
    const { results } = await env.DB.prepare(`SELECT id, listed FROM challenges WHERE cluster_id = 'lc'`).all<{
      id: string;
      listed: number;
    }>();
    const listed = results.filter((r) => r.listed === 1).map((r) => r.id.replace('listed-', ''));
    expect(listed.sort()).toEqual([...PUBLISHED].sort());
  });
});
