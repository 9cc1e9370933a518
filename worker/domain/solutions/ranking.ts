import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeCriteria, conflictDeclarations, evaluations, solutions } from '../../db/schema';
import type { Ranking } from './solution.view';

/** Solutions that take part in the ranking: submitted, and after the decision their outcome. */
export const RANKED_STATUSES = ['submitted', 'shortlisted', 'winner', 'not_selected'] as const;
const RANKED = sql.raw(`('${RANKED_STATUSES.join("', '")}')`);

interface RankingRow {
  solution_id: string;
  title: string;
  organization: string | null;
  status: (typeof RANKED_STATUSES)[number];
  summary: string;
  summary_public: number;
  submitted_at: string | null;
  score: number | null;
  evaluations: number;
  means: string;
  comments: string;
  rank: number;
}

/**
 * The ranking, in one SQL query. Per solution: the mean of each criterion over the evaluations of
 * current jury members without a conflict on it, the weighted score
 *   Σ w·(mean − 1)/4 / Σ w × 100,
 * the number of evaluations, and the rank: score, then more evaluations, then earlier submission.
 * Solutions without evaluations rank last with no score.
 */
function rankingQuery(challengeId: string, solutionId?: string) {
  return sql`
    WITH crit AS (
      SELECT key, weight FROM challenge_criteria WHERE challenge_id = ${challengeId}
    ),
    ev AS (
      SELECT e.solution_id, e.scores, e.comment
      FROM evaluations e
      JOIN solutions s ON s.id = e.solution_id
      JOIN evaluator_assignments a ON a.challenge_id = s.challenge_id AND a.user_id = e.evaluator_id
      LEFT JOIN conflict_declarations d ON d.solution_id = e.solution_id AND d.evaluator_id = e.evaluator_id
      WHERE s.challenge_id = ${challengeId} AND coalesce(d.conflict, 0) = 0
    ),
    per_criterion AS (
      SELECT ev.solution_id, crit.key, crit.weight, avg(json_extract(ev.scores, '$.' || crit.key)) AS mean
      FROM ev CROSS JOIN crit
      GROUP BY ev.solution_id, crit.key
    ),
    per_solution AS (
      SELECT solution_id,
        100.0 * sum(weight * (mean - 1) / 4.0) / sum(CASE WHEN mean IS NOT NULL THEN weight END) AS score,
        json_group_object(key, mean) AS means
      FROM per_criterion
      GROUP BY solution_id
    ),
    counts AS (
      SELECT solution_id, count(*) AS n, json_group_array(comment) FILTER (WHERE comment IS NOT NULL) AS comments
      FROM ev
      GROUP BY solution_id
    ),
    ranked AS (
      SELECT s.id AS solution_id, s.title, o.name AS organization, s.status, s.summary, s.summary_public, s.submitted_at,
        p.score, coalesce(c.n, 0) AS evaluations, coalesce(p.means, '{}') AS means, coalesce(c.comments, '[]') AS comments,
        row_number() OVER (
          ORDER BY p.score IS NULL, p.score DESC, coalesce(c.n, 0) DESC, s.submitted_at ASC, s.id ASC
        ) AS rank
      FROM solutions s
      LEFT JOIN organizations o ON o.id = s.organization_id
      LEFT JOIN per_solution p ON p.solution_id = s.id
      LEFT JOIN counts c ON c.solution_id = s.id
      WHERE s.challenge_id = ${challengeId} AND s.status IN ${RANKED} AND s.hidden_at IS NULL
    )
    SELECT * FROM ranked ${solutionId ? sql`WHERE solution_id = ${solutionId}` : sql``}`;
}

/**
 * The ranking query as a Drizzle select over it (a raw `db.all` cannot join a D1 batch: Drizzle
 * prepares raw SQL with parameters lazily), typed by its columns.
 */
const rankedRows = (db: Database, challengeId: string, solutionId?: string) =>
  db
    .select({
      solution_id: sql<string>`solution_id`,
      title: sql<string>`title`,
      organization: sql<string | null>`organization`,
      status: sql<RankingRow['status']>`status`,
      summary: sql<string>`summary`,
      summary_public: sql<number>`summary_public`,
      submitted_at: sql<string | null>`submitted_at`,
      score: sql<number | null>`score`,
      evaluations: sql<number>`evaluations`,
      means: sql<string>`means`,
      comments: sql<string>`comments`,
      rank: sql<number>`rank`,
    })
    .from(sql`(${rankingQuery(challengeId, solutionId)}) AS ranking`)
    .orderBy(sql`rank`);

const round = (value: number) => Math.round(value * 100) / 100;
const roundAll = (means: Record<string, number>) =>
  Object.fromEntries(Object.entries(means).map(([key, value]) => [key, round(value)]));

/** The criteria and the ranked rows, as batchable reads (they need nothing read before them). */
export const rankingReads = (db: Database, challengeId: string) =>
  [
    db
      .select({ key: challengeCriteria.key, label: challengeCriteria.label, weight: challengeCriteria.weight })
      .from(challengeCriteria)
      .where(eq(challengeCriteria.challenge_id, challengeId))
      .orderBy(asc(challengeCriteria.position)),
    rankedRows(db, challengeId),
  ] as const;

type Criteria = Awaited<ReturnType<typeof rankingReads>[0]>;

/**
 * The full ranking (owner, moderators, jury members who finished — without the solutions they
 * declared a conflict on), or the public results after the decision: only solutions whose
 * solvers made their summary public, renumbered so they reveal nothing about the others.
 */
export function shapeRanking(
  challengeId: string,
  criteria: Criteria,
  rows: RankingRow[],
  view: Ranking['view'],
  hidden: ReadonlySet<string> = new Set(),
): Ranking {
  if (view === 'public') {
    const data = rows
      .filter((r) => r.summary_public === 1)
      .map((r, index) => ({
        rank: index + 1,
        solution_id: r.solution_id,
        title: r.title,
        organization: r.organization,
        status: r.status,
        score: r.score === null ? null : round(r.score),
        summary: r.summary,
      }));
    return { challenge_id: challengeId, view, criteria, data };
  }
  const data = rows
    .filter((r) => !hidden.has(r.solution_id))
    .map((r) => ({
      rank: r.rank,
      solution_id: r.solution_id,
      title: r.title,
      organization: r.organization,
      status: r.status,
      score: r.score === null ? null : round(r.score),
      evaluations: r.evaluations,
      criteria: roundAll(JSON.parse(r.means) as Record<string, number>),
      submitted_at: r.submitted_at,
      summary: r.summary_public === 1 ? r.summary : null,
    }));
  return { challenge_id: challengeId, view, criteria, data };
}

/** Aggregate jury feedback on one solution, without evaluators' names. */
export async function feedbackFor(db: Database, challengeId: string, solutionId: string) {
  const [row] = await rankedRows(db, challengeId, solutionId);
  if (!row) return { score: null, evaluations: 0, criteria: {}, comments: [] };
  return {
    score: row.score === null ? null : round(row.score),
    evaluations: row.evaluations,
    criteria: roundAll(JSON.parse(row.means) as Record<string, number>),
    comments: JSON.parse(row.comments) as string[],
  };
}

/** The solutions of a challenge a user declared a conflict on; batchable. */
export const conflictsOf = (db: Database, challengeId: string, userId: string) =>
  db
    .select({ solution_id: conflictDeclarations.solution_id })
    .from(conflictDeclarations)
    .innerJoin(solutions, eq(solutions.id, conflictDeclarations.solution_id))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        eq(conflictDeclarations.evaluator_id, userId),
        eq(conflictDeclarations.conflict, true),
      ),
    );

/**
 * For one user: whether they sit on the jury and how many ranked solutions they still have to
 * score (those without a declared conflict); batchable.
 */
export function juryProgress(db: Database, challengeId: string, evaluatorId: string) {
  return db
    .select({
      on_jury: sql<number>`EXISTS (SELECT 1 FROM evaluator_assignments WHERE challenge_id = ${challengeId} AND user_id = ${evaluatorId})`,
      pending: sql<number>`count(*)`,
    })
    .from(solutions)
    .leftJoin(
      conflictDeclarations,
      and(eq(conflictDeclarations.solution_id, solutions.id), eq(conflictDeclarations.evaluator_id, evaluatorId)),
    )
    .leftJoin(evaluations, and(eq(evaluations.solution_id, solutions.id), eq(evaluations.evaluator_id, evaluatorId)))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
        sql`${evaluations.solution_id} IS NULL`,
      ),
    );
}
