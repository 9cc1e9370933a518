import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { solutions } from '../../db/schema';
import { RANKED } from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * How much of the jury stands behind each solution's score: per solution in the running, the
 * size of the current jury and how many of its members declared a conflict on it (they may not
 * score it). Per stage (default: the current one): its jury, declarations and cohort. Batchable.
 */
export const juryCoverage = (db: Database, challengeId: string, stage?: StageRef) => {
  const k = stageOf(challengeId, stage);
  return db
    .select({
      solution_id: solutions.id,
      jury: sql<number>`(SELECT count(*) FROM evaluator_assignments a WHERE a.challenge_id = ${challengeId}
        AND a.stage = ${k})`.as('coverage_jury'),
      conflicts: sql<number>`(SELECT count(*) FROM conflict_declarations d
        JOIN evaluator_assignments a ON a.user_id = d.evaluator_id AND a.challenge_id = ${challengeId} AND a.stage = d.stage
        WHERE d.solution_id = ${solutions.id} AND d.stage = ${k} AND d.conflict = 1)`.as('coverage_conflicts'),
    })
    .from(solutions)
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${solutions.status} IN ${RANKED}`,
        isNull(solutions.hidden_at),
        inStage(solutions.id, k),
      ),
    );
};

export type CoverageRow = Awaited<ReturnType<typeof juryCoverage>>[number];

/** The places a decision looks at first: a warning about any of them is worth reading before deciding. */
export const TOP_PLACES = 3;

/** A top place whose score rests on fewer evaluations than another solution's. */
export interface ThinPlace {
  solution_id: string;
  rank: number;
  title: string;
  /** Evaluations that count for it. */
  scored: number;
  /** The current jury, and how many of it declared a conflict on this solution. */
  jury: number;
  conflicts: number;
  /** The most evaluations any other scored solution has. */
  others: number;
}

interface Ranked {
  solution_id: string;
  rank: number;
  title: string;
  score: number | null;
  evaluations: number;
}

/**
 * The top places (ranks 1–3, with a score) that rest on fewer evaluations than the best-covered
 * other solution: a mean of two scores is shakier than a mean of five, so whoever decides should
 * know before naming a winner.
 */
export function thinTopPlaces(rows: readonly Ranked[], coverage: readonly CoverageRow[]): ThinPlace[] {
  const scored = rows.filter((r) => r.score !== null);
  const jury = new Map(coverage.map((c) => [c.solution_id, c]));
  return scored
    .filter((r) => r.rank <= TOP_PLACES)
    .flatMap((r) => {
      const others = Math.max(0, ...scored.filter((o) => o.solution_id !== r.solution_id).map((o) => o.evaluations));
      if (r.evaluations >= others) return [];
      const c = jury.get(r.solution_id);
      return [
        {
          solution_id: r.solution_id,
          rank: r.rank,
          title: r.title,
          scored: r.evaluations,
          jury: c?.jury ?? 0,
          conflicts: c?.conflicts ?? 0,
          others,
        },
      ];
    });
}
