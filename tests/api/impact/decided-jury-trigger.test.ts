import { env } from 'cloudflare:test';
import { type SQL, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { juryFiguresOf } from '../../../worker/domain/impact/jury';
import { declare, startEvaluation } from '../../helpers/evaluation';
import { juryLoads } from '../../helpers/jury-loads';
import { inStageTwo } from '../stages/fixtures';

/**
 * The trigger on `decided_at` (migration 0044) keeps `jury_figures`' cluster and decision time and
 * `decided_jurors` whoever decides: here a Worker from before migration 0043, still running during a
 * deploy, that writes the five figures alone.
 */
describe('a decided jury', () => {
  it("keep a decided jury's cluster, decision time and jurors whoever decides: the trigger of migration 0044", {
    timeout: 30_000,
  }, async () => {
    const f = await inStageTwo();
    await declare(f.second, f.a, false);
    await startEvaluation(f.owner, f.id);
    // A Worker from before migration 0043 (still running during a deploy) writes the five figures
    // alone, then sets the decision time in the same batch.
    const statement = (query: SQL) => {
      const { sql: text, params } = new SQLiteSyncDialect().sqlToQuery(query);
      return env.DB.prepare(text).bind(...params);
    };
    await env.DB.batch([
      statement(sql`INSERT INTO jury_figures (challenge_id, seats, pairs, conflicts, evaluations)
        SELECT * FROM (${juryFiguresOf(sql`SELECT ${f.id}`)})`),
      statement(
        sql`UPDATE challenges SET status = 'decided', decided_at = ${new Date().toISOString()} WHERE id = ${f.id}`,
      ),
    ]);
    const loads = await juryLoads(f.cluster.id);
    expect(loads.kept).toEqual(loads.recounted);
    expect(loads.kept).toEqual([expect.objectContaining({ challenge_id: f.id, cluster_id: f.cluster.id, seats: 6 })]);
    expect(loads.jurors).toEqual(loads.jurorsRecounted);
    expect(loads.jurors).toHaveLength(4);
  });
});
