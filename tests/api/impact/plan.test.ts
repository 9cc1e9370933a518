import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { impactFigures } from '../../../worker/domain/impact/figures';
import { resolveRange } from '../../../worker/domain/impact/range';
import { type ImpactFixture, impactFixture } from '../../helpers/impact-fixture';
import { fullScans, recordingD1 } from '../../helpers/query-plan';

/**
 * Every read of a dashboard seeks an index: none scans challenges or solutions (or any table but
 * the small clusters one), for a cluster, for the network, full or public. At 10 000 challenges and
 * 100 000 solutions a scan is what would miss the bench budget.
 */
let f: ImpactFixture;
beforeAll(async () => {
  f = await impactFixture();
});

describe('impact figures query plans', () => {
  const range = resolveRange({ from: '2024-01-01', to: '2024-06-30' });

  it('read a cluster and the network through indexes, in one batch each', async () => {
    const { d1, statements } = recordingD1();
    const db = createDb(d1);
    const cluster = { kind: 'cluster' as const, id: f.a.id, slug: f.a.slug, name: 'A' };
    await impactFigures(db, cluster, range, 'full');
    await impactFigures(db, cluster, range, 'public');
    await impactFigures(db, { kind: 'network' }, range, 'full');
    // Full: tallies, SMEs, days to decision, jury, pilots running; public: tallies, public cooperations, pilots running.
    expect(statements).toHaveLength(5 + 3 + 5);
    // Common table expressions and subqueries are scanned once computed; tables (by name or by
    // the aliases the figures give them; `k` the jury rows kept by the decisions) never are without an index.
    const table =
      /^SCAN (challenges|solutions|organizations|evaluator_assignments|conflict_declarations|evaluations|impact_tallies|impact_sme_tallies|jury_figures|decided_jurors|cooperations|cooperation_milestones|co|[csoadetmk])\b(?!.*INDEX)/;
    const scans = await fullScans(statements, (detail) => table.test(detail));
    expect(scans.filter((scan) => table.test(scan))).toEqual([]);
  });

  it("read one call's figures (counted from the base tables) through indexes too", async () => {
    const { d1, statements } = recordingD1();
    const db = createDb(d1);
    const call = { id: crypto.randomUUID(), title: 'A call' };
    await impactFigures(db, { kind: 'cluster', id: f.a.id, slug: f.a.slug, name: 'A', call }, range, 'full');
    await impactFigures(db, { kind: 'cluster', id: f.a.id, slug: f.a.slug, name: 'A', call }, range, 'public');
    await impactFigures(db, { kind: 'network', call }, range, 'full');
    expect(statements).toHaveLength(5 + 3 + 5);
    // Here `d` is the recount's three-row list of dimensions and `t` its rows, not tables.
    const table =
      /^SCAN (challenges|solutions|organizations|evaluator_assignments|conflict_declarations|evaluations|impact_tallies|impact_sme_tallies|jury_figures|decided_jurors|cooperations|cooperation_milestones|co|[csoaemk])\b(?!.*INDEX)/;
    const scans = await fullScans(statements, (detail) => table.test(detail));
    expect(scans.filter((scan) => table.test(scan))).toEqual([]);
  });

  it('keeps the indexes the plans rely on', async () => {
    const names = await env.DB.prepare(
      `SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('challenges_impact_idx', 'solutions_impact_idx',
        'impact_tallies_quarter_idx', 'jury_figures_decided_idx', 'decided_jurors_range_idx') ORDER BY name`,
    ).all<{ name: string }>();
    expect(names.results.map((r) => r.name)).toEqual([
      'challenges_impact_idx',
      'decided_jurors_range_idx',
      'impact_tallies_quarter_idx',
      'jury_figures_decided_idx',
      'solutions_impact_idx',
    ]);
  });
});
