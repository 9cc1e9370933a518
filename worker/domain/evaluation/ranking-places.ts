import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, organizations, rankingCache, rankingPlaces, solutions, solutionTallies } from '../../db/schema';
import type { RankingMethod } from './calibration';
import { METHOD_NOTES } from './calibration';
import { disputedTitles } from './disputed';
import type { Ranking } from './evaluation.view';
import { hiddenCount, runningCount } from './jury-progress';
import {
  comparedPlaces,
  encodeCursor,
  methodRanks,
  type OrderRow,
  overridesById,
  RANKED,
  type RankedDetail,
  type RankingQuality,
  rankingEntry,
  topDisagreement,
} from './ranking';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * Issue 17: the places of a stage's ranking by both methods, kept in `ranking_places` with the
 * normalised scores they come from, so that a page of the full ranking reads its own rows and
 * never the whole order. They are computed where the normalised scores are (ranking-cache.ts
 * `rankingFigures`, once per `scores_version`) from the whole order, by `methodRanks`, the one
 * way the ranking is ordered, and hold while `ranking_cache.normalised_version` equals its
 * `scores_version` (every change of what counts, of who is in the running, raises it).
 */

/**
 * The statements that replace the places of a stage with those of `order` (the whole order at
 * `version`, with its normalised scores), in the batch that keeps the normalised scores at that
 * version and after it: both land only if the version did not move meanwhile.
 */
export function keepPlaces(
  db: Database,
  challengeId: string,
  stage: number,
  version: number,
  order: readonly OrderRow[],
  normalised: ReadonlyMap<string, number>,
) {
  const { weighted, normalised: byNorm } = methodRanks(order, { method: 'weighted', normalised });
  const rows = order.map((r) => [
    r.solution_id,
    weighted.get(r.solution_id) ?? r.rank,
    byNorm.get(r.solution_id) ?? r.rank,
    r.score === null ? null : (normalised.get(r.solution_id) ?? 0),
  ]);
  const current = sql`EXISTS (SELECT 1 FROM ${rankingCache} rc WHERE rc.challenge_id = ${challengeId}
    AND rc.stage = ${stage} AND rc.scores_version = ${version} AND rc.normalised_version = ${version})`;
  return [
    db
      .delete(rankingPlaces)
      .where(and(eq(rankingPlaces.challenge_id, challengeId), eq(rankingPlaces.stage, stage), current)),
    // One parameter whatever the size (D1 takes at most 100 a statement): the places as a JSON array.
    db.insert(rankingPlaces).select(sql`
      SELECT ${challengeId}, ${stage}, j.value ->> '$[0]', j.value ->> '$[1]', j.value ->> '$[2]', j.value ->> '$[3]'
      FROM json_each(${JSON.stringify(rows)}) j WHERE ${current}`),
  ] as const;
}

/** Whether the kept places are those of the current version; `cache` is `placesState`'s row. */
export const placesHold = (cache: { version: number; normalised_version: number | null } | undefined) =>
  cache !== undefined && cache.normalised_version === cache.version;

/**
 * Whether the places hold, and the agreement figures kept (rankingFigures judges whether they
 * still do); the normalised scores only when those figures are to be computed again from them
 * (`withAgreement` and stale), not on every read of a page; batchable.
 */
export const placesState = (db: Database, challengeId: string, stage: StageRef, withAgreement: boolean) =>
  db
    .select({
      version: rankingCache.scores_version,
      normalised: sql<unknown>`CASE WHEN ${withAgreement ? 1 : 0}
        AND ${rankingCache.agreement_version} IS NOT ${rankingCache.scores_version} THEN ${rankingCache.normalised} END`
        .mapWith((kept: string | null) => (kept === null ? null : (JSON.parse(kept) as unknown)))
        .as('normalised'),
      normalised_version: rankingCache.normalised_version,
      agreement: rankingCache.agreement,
      agreement_version: rankingCache.agreement_version,
    })
    .from(rankingCache)
    .where(
      and(eq(rankingCache.challenge_id, challengeId), sql`${rankingCache.stage} = ${stageOf(challengeId, stage)}`),
    );

const RANK_COLUMN = { weighted: rankingPlaces.weighted_rank, normalised: rankingPlaces.normalised_rank } as const;

/**
 * The places a viewer sees: of solutions still in the running (checked again here, so places a
 * moment older than a withdrawal or a hiding never show it), without those `viewerId` declared a
 * conflict on ('' for a viewer whose conflicts are not hidden).
 */
const shownPlaces = (challengeId: string, k: SQL, viewerId: string, ...also: SQL[]) =>
  and(
    eq(rankingPlaces.challenge_id, challengeId),
    sql`${rankingPlaces.stage} = ${k}`,
    sql`${solutions.status} IN ${RANKED}`,
    sql`${solutions.hidden_at} IS NULL`,
    sql`NOT EXISTS (SELECT 1 FROM conflict_declarations d WHERE d.solution_id = ${rankingPlaces.solution_id}
      AND d.stage = ${rankingPlaces.stage} AND d.evaluator_id = ${viewerId} AND d.conflict = 1)`,
    ...also,
  );

export interface PlacesRead {
  method: RankingMethod;
  /** The rank (by `method`) the page starts after. */
  after: number;
  limit: number;
  /** Whose conflicts are left out ('' for nobody's). */
  hiddenFor: string;
  /** Whether the titles of the disputed solutions are wanted (the agreement figures). */
  withAgreement: boolean;
}

/**
 * One page of the full ranking and what it needs beyond its rows, as batchable reads, each an
 * index range or a tally, none reading every place or every solution: the page (`limit` + 1 rows
 * after `after` in the order of `method`, with how much of the jury stands behind each), the
 * totals (how many, how many winners and shortlisted), the top places of both methods (for
 * `top_disagreement`) and the titles of the disputed solutions.
 */
export function placesReads(db: Database, challengeId: string, stage: StageRef, read: PlacesRead) {
  const k = stageOf(challengeId, stage);
  const rank = RANK_COLUMN[read.method];
  const page = db
    .select({
      solution_id: rankingPlaces.solution_id,
      weighted_rank: rankingPlaces.weighted_rank,
      normalised_rank: rankingPlaces.normalised_rank,
      z: sql<number | null>`${rankingPlaces.normalised}`.as('z'),
      title: solutions.title,
      organization: sql<string | null>`${organizations.name}`.as('organization'),
      status: sql<RankedDetail['status']>`${solutions.status}`.as('status'),
      summary: solutions.summary,
      summary_public: sql<number>`${solutions.summary_public}`.as('summary_public'),
      name_if_winner: sql<number>`${solutions.name_if_winner}`.as('name_if_winner'),
      submitted_at: solutions.submitted_at,
      score: sql<number | null>`${solutionTallies.score}`.as('score'),
      evaluations: sql<number>`coalesce(${solutionTallies.evaluations}, 0)`.as('evaluations'),
      means: sql<string>`coalesce(${solutionTallies.means}, '{}')`.as('means'),
      // Coverage (those who manage the jury see it): the jury, and how many of it declared a conflict.
      // Uncorrelated (the stage is the page's), so counted once for the page, not once a row.
      jury: sql<number>`(SELECT count(*) FROM evaluator_assignments a WHERE a.challenge_id = ${challengeId}
        AND a.stage = ${k})`.as('jury'),
      conflicts: sql<number>`(SELECT count(*) FROM conflict_declarations d
        JOIN evaluator_assignments a ON a.user_id = d.evaluator_id AND a.challenge_id = ${challengeId} AND a.stage = d.stage
        WHERE d.solution_id = ${rankingPlaces.solution_id} AND d.stage = ${rankingPlaces.stage} AND d.conflict = 1)`.as(
        'conflicts',
      ),
    })
    .from(rankingPlaces)
    .innerJoin(solutions, eq(solutions.id, rankingPlaces.solution_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      solutionTallies,
      and(eq(solutionTallies.solution_id, rankingPlaces.solution_id), eq(solutionTallies.stage, rankingPlaces.stage)),
    )
    .where(shownPlaces(challengeId, k, read.hiddenFor, sql`${rank} > ${read.after}`))
    .orderBy(rank)
    .limit(read.limit + 1);
  // The totals from the tallies (issue 17), not a count over every place: while the places hold
  // they are the solutions in the running, less those the viewer declared a conflict on.
  const totals = db
    .select({
      total: sql<number>`(${runningCount(challengeId, stage)} - ${hiddenCount(read.hiddenFor, challengeId, stage)})`.as(
        'total',
      ),
      outcomes: sql<number>`(SELECT count(*) FROM ${solutions} o WHERE o.challenge_id = ${challengeId}
        AND o.status IN ('winner', 'shortlisted') AND o.hidden_at IS NULL AND ${inStage(sql`o.id`, k)}
        AND NOT EXISTS (SELECT 1 FROM conflict_declarations d WHERE d.solution_id = o.id AND d.stage = ${k}
        AND d.evaluator_id = ${read.hiddenFor} AND d.conflict = 1))`.as('outcomes'),
    })
    // One row: the challenge's, by its key (a `(SELECT 1)` would read as a scan in the plan tests).
    .from(challenges)
    .where(eq(challenges.id, challengeId));
  // The compared places are at most max(3, winners + shortlist) past the viewer's hidden ones.
  const bound = sql`(max(3, (SELECT count(*) FROM solutions o WHERE o.challenge_id = ${challengeId}
      AND o.status IN ('winner', 'shortlisted'))) + (SELECT count(*) FROM conflict_declarations h
      WHERE h.evaluator_id = ${read.hiddenFor} AND h.stage = ${k} AND h.conflict = 1))`;
  // The first places of each order as two index ranges (an OR of both would scan every place),
  // each then read by its primary key; unordered (topDisagreement orders them), as an ORDER BY
  // would walk the weighted index over every place instead.
  const firstPlaces = (column: SQL) => sql`SELECT f.solution_id FROM ${rankingPlaces} f
    WHERE f.challenge_id = ${challengeId} AND f.stage = ${k} AND f.${column} <= ${bound}`;
  const top = db
    .select({
      solution_id: sql<string>`${rankingPlaces.solution_id}`.as('top_solution_id'),
      weighted_rank: sql<number>`${rankingPlaces.weighted_rank}`.as('top_weighted_rank'),
      normalised_rank: sql<number>`${rankingPlaces.normalised_rank}`.as('top_normalised_rank'),
    })
    .from(rankingPlaces)
    .innerJoin(solutions, eq(solutions.id, rankingPlaces.solution_id))
    .where(
      shownPlaces(
        challengeId,
        k,
        read.hiddenFor,
        sql`${rankingPlaces.normalised} IS NOT NULL`,
        sql`${rankingPlaces.solution_id} IN (${firstPlaces(sql.raw('weighted_rank'))}
          UNION ${firstPlaces(sql.raw('normalised_rank'))})`,
      ),
    );
  // The titles of the disputed solutions the kept agreement figures name (disputed.ts).
  const disputed = disputedTitles(db, challengeId, stage).limit(read.withAgreement ? -1 : 0);
  return [page, totals, top, disputed] as const;
}

type Reads = ReturnType<typeof placesReads>;
type Rows<I extends number> = Awaited<Reads[I]>;
export type PlacesRows = readonly [Rows<0>, Rows<1>, Rows<2>, Rows<3>];
type Criteria = Extract<Ranking, { view: 'full' }>['criteria'];

/**
 * A page of the full ranking from its places: the entries in the order of `quality.method`, the
 * top places of both methods compared, the total and the cursor of the next page (null on the last).
 */
export function shapePlaces(
  challengeId: string,
  criteria: Criteria,
  [page, totals, top]: PlacesRows,
  read: Pick<PlacesRead, 'limit'>,
  quality: Omit<RankingQuality, 'normalised'>,
): Extract<Ranking, { view: 'full' }> {
  const overrides = overridesById(quality);
  const shown = page.slice(0, read.limit);
  const data = shown.map((r) => {
    const detail: RankedDetail = r;
    const at = { weighted: r.weighted_rank, normalised: r.normalised_rank, z: r.z };
    return rankingEntry(
      detail,
      { ...at, rank: quality.method === 'normalised' ? at.normalised : at.weighted },
      quality,
      overrides,
    );
  });
  const last = data.at(-1);
  const weighted = new Map(top.map((t) => [t.solution_id, t.weighted_rank]));
  const normalised = new Map(top.map((t) => [t.solution_id, t.normalised_rank]));
  return {
    challenge_id: challengeId,
    view: 'full',
    method: quality.method,
    method_note: METHOD_NOTES[quality.method],
    min_evaluations: quality.minEvaluations,
    top_disagreement: topDisagreement(
      top.map((t) => t.solution_id),
      comparedPlaces(totals[0]?.outcomes ?? 0),
      weighted,
      normalised,
    ),
    criteria,
    data,
    total: totals[0]?.total ?? 0,
    next: page.length > read.limit && last ? encodeCursor({ method: quality.method, after: last.rank }) : null,
  };
}
