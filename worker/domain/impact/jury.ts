import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeTallies, decidedJurors, juryFigures, juryProgress } from '../../db/schema';
import { RANKED } from '../evaluation/ranking';

/**
 * The jury load of challenges, one row per challenge (challenge_id, seats, pairs, conflicts,
 * evaluations), counted per stage as the jury works: a seat is a juror on one stage; the pairs
 * are each stage's seats × that stage's cohort (stage 1: the solutions in the running; a later
 * stage: those submitted to it, see `inStage`); a conflict is a seated juror's declaration on a
 * solution of that stage's cohort; an evaluation counts when its juror is seated on its stage and
 * declared no conflict. The pairs are counted, not listed, and the declarations and evaluations
 * are read from the cohort's own rows: a probe per solution, never one per pair.
 *
 * `ids` is a subquery of challenge ids. A decided challenge's row is kept in `jury_figures` by the
 * decision (its jury's work is over), so a dashboard reads one row per decided challenge instead
 * of its solutions; challenges in evaluation are counted live with the same SQL.
 */
export const juryFiguresOf = (ids: SQL) => sql`WITH
  seats AS (SELECT a.challenge_id, a.stage, a.user_id FROM evaluator_assignments a WHERE a.challenge_id IN (${ids})),
  cohort AS (SELECT s.id, s.challenge_id, 1 AS stage FROM solutions s
      WHERE s.challenge_id IN (${ids}) AND s.status IN ${RANKED} AND s.hidden_at IS NULL
    UNION ALL SELECT st.solution_id, st.challenge_id, st.stage FROM solution_stages st JOIN solutions s ON s.id = st.solution_id
      WHERE st.challenge_id IN (${ids}) AND st.stage > 1 AND st.submitted_at IS NOT NULL
        AND s.status IN ${RANKED} AND s.hidden_at IS NULL),
  conflicted AS (SELECT k.challenge_id, d.stage, d.solution_id, d.evaluator_id FROM cohort k
    JOIN conflict_declarations d ON d.solution_id = k.id AND d.stage = k.stage AND d.conflict = 1
    JOIN seats j ON j.challenge_id = k.challenge_id AND j.stage = d.stage AND j.user_id = d.evaluator_id),
  scored AS (SELECT k.challenge_id FROM cohort k
    JOIN evaluations e ON e.solution_id = k.id AND e.stage = k.stage
    JOIN seats j ON j.challenge_id = k.challenge_id AND j.stage = e.stage AND j.user_id = e.evaluator_id
    WHERE NOT EXISTS (SELECT 1 FROM conflicted x WHERE x.solution_id = e.solution_id AND x.stage = e.stage
      AND x.evaluator_id = e.evaluator_id)),
  seat_counts AS (SELECT challenge_id, stage, count(*) AS n FROM seats GROUP BY 1, 2),
  cohort_counts AS (SELECT challenge_id, stage, count(*) AS n FROM cohort GROUP BY 1, 2),
  per_challenge AS (
    SELECT challenge_id, sum(n) AS seats, 0 AS pairs, 0 AS conflicts, 0 AS evaluations FROM seat_counts GROUP BY 1
    UNION ALL SELECT j.challenge_id, 0, sum(j.n * k.n), 0, 0 FROM seat_counts j
      JOIN cohort_counts k ON k.challenge_id = j.challenge_id AND k.stage = j.stage GROUP BY 1
    UNION ALL SELECT challenge_id, 0, 0, count(*), 0 FROM conflicted GROUP BY 1
    UNION ALL SELECT challenge_id, 0, 0, 0, count(*) FROM scored GROUP BY 1)
  SELECT challenge_id, sum(seats) AS seats, sum(pairs) AS pairs, sum(conflicts) AS conflicts,
    sum(evaluations) AS evaluations FROM per_challenge GROUP BY 1`;

/**
 * The same counts (seats, pairs, conflicts, evaluations), one row per seat, for challenges still in
 * evaluation, from the tallies the jury pages keep (issue 17): each seat's conflicts and counted
 * evaluations in `jury_progress`, and its stage's solutions in the running in `challenge_tallies`
 * (so its pairs), both kept by triggers with `juryFiguresOf`'s rules (a cohort solution in the
 * running, a seated juror, an evaluation without a conflict). A dashboard reads a row per seat,
 * never a solution. The same figures as the recount: tests/api/impact/jury-load.test.ts (live, then
 * kept by the decision), tests/api/impact/tallies.test.ts and the tallies' own property test.
 */
export const liveJuryFiguresOf = (ids: SQL) => sql`SELECT p.challenge_id AS challenge_id, 1 AS seats,
    coalesce((SELECT t.running FROM ${challengeTallies} t WHERE t.challenge_id = p.challenge_id AND t.stage = p.stage), 0) AS pairs,
    p.conflicts AS conflicts, p.scored AS evaluations
  FROM ${juryProgress} p WHERE p.challenge_id IN (${ids})`;

/**
 * Keeps the decided challenge's jury load, in the decision's batch under its guard (the jury's
 * seats, declarations and evaluations no longer change; what the dashboard showed in evaluation
 * is what it shows afterwards, whatever happens to the accounts later), with its cluster and the
 * decision's time. The trigger on the challenge's `decided_at` (migration 0044), which the batch
 * sets after this statement, writes the jurors' seats into `decided_jurors` and sets the same two
 * values here again: whichever comes first, both tables are complete when the batch lands.
 */
export const keepJuryFigures = (
  db: Database,
  challenge: { id: string; clusterId: string },
  decidedAt: string,
  guard: SQL,
) =>
  db
    .insert(juryFigures)
    // `WHERE` keeps SQLite from reading ON CONFLICT as a join's.
    .select(
      sql`SELECT f.*, ${challenge.clusterId}, ${decidedAt} FROM (${juryFiguresOf(sql`SELECT ${challenge.id}`)}) f
        WHERE ${guard}`,
    )
    .onConflictDoNothing();

/**
 * Every decided challenge's jury load and jurors counted afresh, with their challenges' cluster and
 * decision time: the seed and fixtures, which write challenges already decided (migration 0043 the same).
 */
export const recountJuryFigures = (db: Database) => [
  db.delete(juryFigures),
  db.delete(decidedJurors),
  db.insert(juryFigures).select(
    sql`SELECT f.*, c.cluster_id, c.decided_at
        FROM (${juryFiguresOf(sql`SELECT id FROM challenges WHERE decided_at IS NOT NULL`)}) f
        JOIN challenges c ON c.id = f.challenge_id`,
  ),
  db.insert(decidedJurors).select(
    sql`SELECT a.challenge_id, a.user_id, count(*), c.cluster_id, c.decided_at FROM evaluator_assignments a
        JOIN challenges c ON c.id = a.challenge_id WHERE c.decided_at IS NOT NULL GROUP BY 1, 2`,
  ),
];
