import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { createDb } from '../../worker/db/client';
import { juryFiguresOf, liveJuryFiguresOf } from '../../worker/domain/impact/jury';

/**
 * The jury load and jurors kept by the decisions of a cluster's challenges (with the cluster and
 * decision time the dashboards' ranges read them by), and the same counted afresh.
 */
export async function juryLoads(clusterId: string) {
  const db = createDb(env.DB);
  const decided = sql`SELECT id FROM challenges WHERE cluster_id = ${clusterId} AND decided_at IS NOT NULL`;
  const kept = await db.all(
    sql`SELECT challenge_id, seats, pairs, conflicts, evaluations, cluster_id, decided_at FROM jury_figures
      WHERE challenge_id IN (${decided}) ORDER BY 1`,
  );
  const recounted = await db.all(
    sql`SELECT f.*, c.cluster_id, c.decided_at FROM (${juryFiguresOf(decided)}) f
      JOIN challenges c ON c.id = f.challenge_id ORDER BY 1`,
  );
  const jurors = await db.all(
    sql`SELECT challenge_id, user_id, seats, cluster_id, decided_at FROM decided_jurors
      WHERE challenge_id IN (${decided}) ORDER BY 1, 2`,
  );
  const jurorsRecounted = await db.all(
    sql`SELECT a.challenge_id, a.user_id, count(*) AS seats, c.cluster_id, c.decided_at FROM evaluator_assignments a
      JOIN challenges c ON c.id = a.challenge_id WHERE a.challenge_id IN (${decided}) GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  // The challenges still to decide: what the dashboard reads from the seats' tallies, and the recount.
  const open = sql`SELECT id FROM challenges WHERE cluster_id = ${clusterId} AND decided_at IS NULL`;
  const live = await db.all(
    sql`SELECT challenge_id, sum(seats) AS seats, sum(pairs) AS pairs, sum(conflicts) AS conflicts,
      sum(evaluations) AS evaluations FROM (${liveJuryFiguresOf(open)}) GROUP BY 1 ORDER BY 1`,
  );
  const liveRecounted = await db.all(sql`SELECT * FROM (${juryFiguresOf(open)}) ORDER BY 1`);
  return { kept, recounted, jurors, jurorsRecounted, live, liveRecounted };
}
