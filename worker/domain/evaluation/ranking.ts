import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeCriteria, challengeStages } from '../../db/schema';
import { METHOD_NOTES, type RankingMethod } from './calibration';
import { CURSOR_PATTERN, type Ranking } from './evaluation.view';
import { inStage, type StageRef, stageOf } from './stage';

/** Solutions that take part in the ranking: submitted, and after the decision their outcome. */
export const RANKED_STATUSES = ['submitted', 'shortlisted', 'winner', 'not_selected'] as const;
export const RANKED = sql.raw(`('${RANKED_STATUSES.join("', '")}')`);

interface RankingRow {
  solution_id: string;
  title: string;
  organization: string | null;
  status: (typeof RANKED_STATUSES)[number];
  summary: string;
  summary_public: number;
  name_if_winner: number;
  submitted_at: string | null;
  score: number | null;
  evaluations: number;
  means: string;
  rank: number;
}

/**
 * The order of the ranking (issue 17: from the per-solution tallies, `solution_tallies`, kept in
 * the same batch as every change that counts; no sums at read time): every solution of the
 * stage's cohort in the running, scored ones by score, then more evaluations, then earlier
 * submission; those without evaluations last, with no score. `rank` numbers them 1…
 */
const orderSql = (challengeId: string, k: SQL, columns: SQL, key: SQL = sql`${challengeId}`) => sql`
  SELECT ${columns},
    row_number() OVER (
      ORDER BY t.score IS NULL, t.score DESC, coalesce(t.evaluations, 0) DESC, s.submitted_at ASC, s.id ASC
    ) AS rank
  FROM solutions s
  LEFT JOIN solution_tallies t ON t.solution_id = s.id AND t.stage = ${k}
  WHERE s.challenge_id = ${key} AND s.status IN ${RANKED} AND s.hidden_at IS NULL
    AND ${inStage(sql`s.id`, k)}`;

/**
 * The ranking with everything it shows of each solution. Per stage (issue 15, default the current one): that stage's tallies, over the
 * solutions in its cohort. `where` narrows the rows after ranking (the public results).
 */
function rankingQuery(challengeId: string, stage?: StageRef, where?: SQL, key?: SQL) {
  const k = stageOf(challengeId, stage);
  return sql`
    WITH ranked AS (${orderSql(challengeId, k, sql`s.id AS rid`, key)})
    SELECT s.id AS solution_id, s.title, o.name AS organization, s.status, s.summary, s.summary_public,
      s.name_if_winner, s.submitted_at, t.score, coalesce(t.evaluations, 0) AS evaluations,
      coalesce(t.means, '{}') AS means, r.rank
    FROM ranked r
    JOIN solutions s ON s.id = r.rid
    LEFT JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN solution_tallies t ON t.solution_id = s.id AND t.stage = ${k}
    WHERE 1 = 1 ${where ? sql`AND (${where})` : sql``}`;
}

/**
 * The ranking query as a Drizzle select over it (a raw `db.all` cannot join a D1 batch: Drizzle
 * prepares raw SQL with parameters lazily), typed by its columns. `key`: the challenge as the
 * solutions' index is searched for it (a subquery that yields null ranks nothing).
 */
export const rankedRows = (db: Database, challengeId: string, stage?: StageRef, where?: SQL, key?: SQL) =>
  db
    .select({
      solution_id: sql<string>`solution_id`,
      title: sql<string>`title`,
      organization: sql<string | null>`organization`,
      status: sql<RankingRow['status']>`status`,
      summary: sql<string>`summary`,
      summary_public: sql<number>`summary_public`,
      name_if_winner: sql<number>`name_if_winner`,
      submitted_at: sql<string | null>`submitted_at`,
      score: sql<number | null>`score`,
      evaluations: sql<number>`evaluations`,
      means: sql<string>`means`,
      rank: sql<number>`rank`,
    })
    .from(sql`(${rankingQuery(challengeId, stage, where, key)}) AS ranking`)
    .orderBy(sql`rank`);

/** One solution's place in the whole ranking: what the ranks of both methods and the top places need. */
export type OrderRow = Pick<RankingRow, 'solution_id' | 'status' | 'score' | 'evaluations' | 'submitted_at' | 'rank'>;

/**
 * The whole ranking's order, narrow (no titles, summaries or means: those come for one page only,
 * `rankedRows` with a condition); batchable. Issue 17: the ranks by both methods and the top
 * places of each need every solution's score, so this grows with the challenge, but only by a
 * few columns of an index-backed join per solution.
 */
export const rankOrder = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({
      solution_id: sql<string>`solution_id`,
      status: sql<RankingRow['status']>`status`,
      score: sql<number | null>`score`,
      evaluations: sql<number>`evaluations`,
      submitted_at: sql<string | null>`submitted_at`,
      rank: sql<number>`rank`,
    })
    .from(
      sql`(${orderSql(
        challengeId,
        stageOf(challengeId, stage),
        sql`s.id AS solution_id, s.status, s.submitted_at, t.score, coalesce(t.evaluations, 0) AS evaluations`,
      )}) AS ranking`,
    )
    .orderBy(sql`rank`);

/**
 * Where a page of the ranking starts: after the entry ranked `after` by `method` (the cursor
 * `w50` is the weighted ranking after rank 50, `n50` the normalised one's).
 */
export interface RankingCursor {
  method: RankingMethod;
  after: number;
}
export const encodeCursor = (c: RankingCursor) => `${c.method === 'weighted' ? 'w' : 'n'}${c.after}`;
export const decodeCursor = (cursor: string | undefined): RankingCursor | null =>
  cursor && CURSOR_PATTERN.test(cursor)
    ? { method: cursor.startsWith('w') ? 'weighted' : 'normalised', after: Number(cursor.slice(1)) }
    : null;

/**
 * The public results' rows (solutions whose solvers made the summary public, winners who agreed
 * to be named), with their ranks among all; none before the decision; batchable.
 */
export const publicRows = (db: Database, challengeId: string, stage?: StageRef) =>
  rankedRows(
    db,
    challengeId,
    stage,
    sql`s.summary_public = 1 OR (s.status = 'winner' AND s.name_if_winner = 1)`,
    // Before the decision the ranking is not even computed: the key of the index search is then
    // null, so no solution is read (a constant condition beside it would still scan them all).
    sql`(SELECT dc.id FROM challenges dc WHERE dc.id = ${challengeId} AND dc.decided_at IS NOT NULL)`,
  );

export const round = (value: number) => Math.round(value * 100) / 100;
export const roundAll = (means: Record<string, number>) =>
  Object.fromEntries(Object.entries(means).map(([key, value]) => [key, round(value)]));

/** A stage's criteria (default: the current stage's) in order, with their weights and what a good answer looks like; batchable. */
export const criteriaQuery = (db: Database, challengeId: string | SQL, stage?: StageRef) =>
  db
    .select({
      key: challengeCriteria.key,
      label: challengeCriteria.label,
      weight: challengeCriteria.weight,
      description: challengeCriteria.description,
    })
    .from(challengeCriteria)
    .where(
      and(
        eq(challengeCriteria.challenge_id, challengeId),
        sql`${challengeCriteria.stage} = ${stageOf(challengeId, stage)}`,
      ),
    )
    .orderBy(asc(challengeCriteria.position));

/**
 * The minimum of evaluations per solution of a stage (default: the current one; the challenge's
 * `min_evaluations` mirrors only the current stage's); batchable.
 */
export const stageMinimum = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({ min_evaluations: challengeStages.min_evaluations })
    .from(challengeStages)
    .where(
      and(
        eq(challengeStages.challenge_id, challengeId),
        sql`${challengeStages.stage} = ${stageOf(challengeId, stage)}`,
      ),
    );

type Criteria = Awaited<ReturnType<typeof criteriaQuery>>;

/** The order of the public results: winners, then the shortlist, then the rest. */
const OUTCOME_ORDER: Record<RankingRow['status'], number> = {
  winner: 0,
  shortlisted: 1,
  not_selected: 2,
  submitted: 3,
};

/**
 * What the public results show of one solution, or nothing: everything the design publishes
 * when its solvers made the summary public; a winner who keeps the summary private but agreed to
 * be named appears by title and organization only.
 */
function publicResult(r: RankingRow) {
  if (r.summary_public === 1) {
    const score = r.score === null ? null : round(r.score);
    return { title: r.title, organization: r.organization, score, summary: r.summary };
  }
  if (r.status === 'winner' && r.name_if_winner === 1) {
    return { title: r.title, organization: r.organization, score: null, summary: null };
  }
  return null;
}

/** What the full ranking adds to the weighted one: the other method, the minimum, the overrides. */
export interface RankingQuality {
  method: RankingMethod;
  /** Per solution the mean of its jurors' z-scores (ranking-cache.ts `normalisedFor`). */
  normalised: ReadonlyMap<string, number>;
  minEvaluations: number;
  overrides: readonly { solution_id: string; note: string; created_at: string }[];
}

/** Ranks 1.. by one score (null last), then more evaluations, then earlier submission, as the SQL does. */
function ranksBy(rows: readonly OrderRow[], score: (r: OrderRow) => number | null) {
  const sorted = [...rows].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    if (sa !== sb) return sa === null ? 1 : sb === null ? -1 : sb - sa;
    return (
      b.evaluations - a.evaluations ||
      (a.submitted_at ?? '').localeCompare(b.submitted_at ?? '') ||
      a.solution_id.localeCompare(b.solution_id)
    );
  });
  return new Map(sorted.map((r, i) => [r.solution_id, i + 1]));
}

/** The ranks of every solution by both methods, and those of the method asked for (`ranks`). */
export function methodRanks(order: readonly OrderRow[], quality: Pick<RankingQuality, 'method' | 'normalised'>) {
  const normalisedOf = (r: OrderRow) => (r.score === null ? null : (quality.normalised.get(r.solution_id) ?? 0));
  const weighted = new Map(order.map((r) => [r.solution_id, r.rank]));
  const normalised = ranksBy(order, normalisedOf);
  return { weighted, normalised, ranks: quality.method === 'normalised' ? normalised : weighted };
}

/** How many top places the two methods are compared on: max(3, winners + shortlist). */
export const comparedPlaces = (outcomes: number) => Math.max(3, outcomes);

/**
 * Whether the two methods put different solutions, or the same in another order, in the first
 * `places` places; only solutions with a score (`scored`) take part.
 */
export function topDisagreement(
  scored: readonly string[],
  places: number,
  weighted: ReadonlyMap<string, number>,
  normalised: ReadonlyMap<string, number>,
) {
  const top = (ranks: ReadonlyMap<string, number>) =>
    [...scored].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0)).slice(0, places);
  const byWeight = top(weighted);
  const byNorm = top(normalised);
  const disagree = byWeight.some((id, i) => byNorm[i] !== id);
  const solutions = [...new Set([...byWeight, ...byNorm])].map((id) => ({
    solution_id: id,
    weighted_rank: weighted.get(id) ?? 0,
    normalised_rank: normalised.get(id) ?? 0,
  }));
  const sentence = disagree
    ? `The weighted and the normalised ranking differ in the first ${places} places: look at how each juror scored before deciding.`
    : `Both methods agree on the first ${places} places.`;
  return { disagree, places, sentence, solutions: disagree ? solutions : [] };
}

/** The detailed columns of one solution in the ranking (what `rankedRows` reads). */
export type RankedDetail = Omit<RankingRow, 'rank'>;

/** Where one solution stands: its place in the order shown, by each method, and its mean z-score. */
export interface Standing {
  rank: number;
  weighted: number;
  normalised: number;
  z: number | null;
}

export const overridesById = (quality: Pick<RankingQuality, 'overrides'>) =>
  new Map(quality.overrides.map((o) => [o.solution_id, o]));

/** One entry of the full ranking, the one way it is shaped (the whole ranking or a page of its places). */
export function rankingEntry(
  r: RankedDetail,
  at: Standing,
  quality: Pick<RankingQuality, 'minEvaluations'>,
  overrides: ReadonlyMap<string, RankingQuality['overrides'][number]>,
) {
  const override = overrides.get(r.solution_id);
  return {
    rank: at.rank,
    solution_id: r.solution_id,
    title: r.title,
    organization: r.organization,
    status: r.status,
    score: r.score === null ? null : round(r.score),
    normalised_score: at.z === null ? null : Math.round(at.z * 1e6) / 1e6,
    weighted_rank: at.weighted,
    normalised_rank: at.normalised,
    evaluations: r.evaluations,
    under_minimum: r.evaluations < quality.minEvaluations,
    override: override ? { note: override.note, created_at: override.created_at } : null,
    criteria: roundAll(JSON.parse(r.means) as Record<string, number>),
    submitted_at: r.submitted_at,
    summary: r.summary_public === 1 ? r.summary : null,
  };
}

/**
 * The full ranking (owner, moderators, jury members who finished — without the solutions they
 * declared a conflict on), or the public results after the decision: winners first, then the
 * shortlist, then the others, each by rank; only solutions whose solvers made their summary
 * public (and winners who agreed to be named), renumbered so they reveal nothing about the others.
 * The full ranking is ordered by the method asked for (weighted by default, or normalised per
 * juror), says how the other method ranks each solution, flags solutions scored by fewer jurors
 * than the minimum and shows the overrides of the decision.
 */
export function shapeRanking(
  challengeId: string,
  criteria: Criteria,
  rows: RankingRow[],
  view: Ranking['view'],
  hidden: ReadonlySet<string> = new Set(),
  quality: RankingQuality = { method: 'weighted', normalised: new Map(), minEvaluations: 1, overrides: [] },
  order: readonly OrderRow[] = rows,
): Ranking {
  if (view === 'public') {
    const data = rows
      .flatMap((r) => {
        const shown = publicResult(r);
        return shown ? [{ ...shown, solution_id: r.solution_id, status: r.status, order: r.rank }] : [];
      })
      .sort((a, b) => OUTCOME_ORDER[a.status] - OUTCOME_ORDER[b.status] || a.order - b.order)
      .map(({ order: _order, ...r }, index) => ({ rank: index + 1, ...r }));
    return { challenge_id: challengeId, view, criteria, data };
  }
  const { weighted: weightedRanks, normalised: normalisedRanks, ranks } = methodRanks(order, quality);
  const overrides = overridesById(quality);
  const data = rows
    .filter((r) => !hidden.has(r.solution_id))
    .map((r) =>
      rankingEntry(
        r,
        {
          rank: ranks.get(r.solution_id) ?? r.rank,
          weighted: r.rank,
          normalised: normalisedRanks.get(r.solution_id) ?? r.rank,
          z: r.score === null ? null : (quality.normalised.get(r.solution_id) ?? 0),
        },
        quality,
        overrides,
      ),
    )
    .sort((a, b) => a.rank - b.rank);
  const shown = order.filter((r) => !hidden.has(r.solution_id));
  const disagreement = topDisagreement(
    shown.filter((r) => r.score !== null).map((r) => r.solution_id),
    comparedPlaces(shown.filter((r) => r.status === 'winner' || r.status === 'shortlisted').length),
    weightedRanks,
    normalisedRanks,
  );
  return {
    challenge_id: challengeId,
    view,
    method: quality.method,
    method_note: METHOD_NOTES[quality.method],
    min_evaluations: quality.minEvaluations,
    top_disagreement: disagreement,
    criteria,
    data,
  };
}
