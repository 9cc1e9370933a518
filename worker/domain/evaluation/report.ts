import { and, asc, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  conflictDeclarations,
  decisionOverrides,
  evaluations,
  evaluatorAssignments,
  rankingCache,
  rankingPlaces,
  solutions,
  users,
} from '../../db/schema';
import { groupBy } from '../group-by';
import { AGREEMENT_NOTE } from './agreement';
import { METHOD_NOTES } from './calibration';
import { counting } from './counted';
import type { Agreement, Ranking } from './evaluation.view';
import { runningCount } from './jury-progress';
import { RANKED } from './ranking';
import { reasonSentence } from './recusals';
import type { EvaluationReport } from './report.view';
import { type ReportHead, spreadsOf } from './report-figures';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * The evaluation report: what a funder's auditor asks for at the decision. It reuses the full
 * ranking and the agreement figures (weighted and normalised scores as the ranking computes them,
 * alpha from the cache) and adds what only the individual evaluations say: spreads, the
 * distribution of scores, each juror's leniency (kept with the agreement: report-figures.ts), the
 * conflicts declared and the jury's comments (read fresh).
 */

const parsed = (kept: string | null) => (kept === null ? null : (JSON.parse(kept) as unknown));

/**
 * What is kept for the report of a stage (default: the current one) and whether it holds, in the
 * shape ranking-cache.ts `rankingFigures` takes, plus how many solutions are in the running (the
 * ranking's total, a tally: jury-progress.ts `runningCount`); batchable (no row: nothing kept
 * yet). Issue 17: the report's figures without their spreads (each page reads its own,
 * reportSpreads), and the normalised scores only when something is to be computed again from them.
 */
export const reportState = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({
      version: rankingCache.scores_version,
      normalised: sql<unknown>`CASE WHEN ${rankingCache.agreement_version} IS NOT ${rankingCache.scores_version}
        OR ${rankingCache.report_version} IS NOT ${rankingCache.scores_version} THEN ${rankingCache.normalised} END`
        .mapWith(parsed)
        .as('normalised'),
      normalised_version: rankingCache.normalised_version,
      agreement: rankingCache.agreement,
      agreement_version: rankingCache.agreement_version,
      report: sql<unknown>`CASE WHEN ${rankingCache.report_version} = ${rankingCache.scores_version}
        THEN json_remove(${rankingCache.report}, '$.figures.spreads') END`
        .mapWith(parsed)
        .as('report'),
      report_version: rankingCache.report_version,
      running: runningCount(challengeId, stage).mapWith(Number).as('running'),
    })
    .from(rankingCache)
    .where(
      and(eq(rankingCache.challenge_id, challengeId), sql`${rankingCache.stage} = ${stageOf(challengeId, stage)}`),
    );

/**
 * The weighted rank of a solution in the kept places of its stage (ranking-places.ts), to order
 * what the report names by it; null when it has none (places being computed again).
 */
const placeOf = (challengeId: string, solutionId: SQLWrapper, stage: SQL) =>
  sql<number | null>`(SELECT rp.weighted_rank FROM ${rankingPlaces} rp WHERE rp.challenge_id = ${challengeId}
    AND rp.stage = ${stage} AND rp.solution_id = ${solutionId})`;

/**
 * The evaluations that count with a comment (the ranking's filter; per stage, default the current
 * one), in the order of the solutions' weighted ranks, each solution's oldest first; batchable.
 * `comment <> ''` is the condition of `evaluations_commented_idx` (issue 17), so the evaluations
 * without one, most of them, are never read.
 */
export const reportComments = (db: Database, challengeId: string, stage?: StageRef) => {
  const rank = placeOf(challengeId, evaluations.solution_id, stageOf(challengeId, stage));
  return counting(
    db
      .select({
        solution_id: evaluations.solution_id,
        title: solutions.title,
        evaluator_id: evaluations.evaluator_id,
        comment: evaluations.comment,
        evaluated_at: evaluations.updated_at,
      })
      .from(evaluations)
      .$dynamic(),
    challengeId,
    [sql`${evaluations.comment} <> ''`],
    stage,
  ).orderBy(sql`${rank} IS NULL`, rank, asc(evaluations.solution_id), asc(evaluations.updated_at));
};

/**
 * The places of a page of the report's ranking with the spreads kept for them (issue 17): the
 * `take` places after the weighted rank `after`, as ranking-places.ts `placesReads` pages them
 * for a viewer who hides nothing, and each one's spreads picked out of the kept report figures by
 * SQLite (one parse of them for the page), never every solution's; batchable.
 */
export const reportSpreads = (db: Database, challengeId: string, after: number, take: number, stage?: StageRef) =>
  db
    .select({
      solution_id: rankingPlaces.solution_id,
      spreads: sql<string | null>`json_extract(${rankingCache.report},
        '$.figures.spreads."' || ${rankingPlaces.solution_id} || '"')`.mapWith(spreadsOf),
    })
    .from(rankingPlaces)
    .innerJoin(solutions, eq(solutions.id, rankingPlaces.solution_id))
    .innerJoin(
      rankingCache,
      and(eq(rankingCache.challenge_id, rankingPlaces.challenge_id), eq(rankingCache.stage, rankingPlaces.stage)),
    )
    .where(
      and(
        eq(rankingPlaces.challenge_id, challengeId),
        sql`${rankingPlaces.stage} = ${stageOf(challengeId, stage)}`,
        sql`${rankingPlaces.weighted_rank} > ${after}`,
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
      ),
    )
    .orderBy(rankingPlaces.weighted_rank)
    .limit(take);

/**
 * The solutions the decision named (winners, the shortlist) and those it overrode the minimum
 * for (with the owner's note), in the running (per stage, default the current one), by weighted
 * rank: what the report names whole while its ranking comes a page at a time; batchable. Two
 * index ranges (the challenge's solutions by status, its overrides), not a look at every solution.
 */
export const reportOutcomes = (db: Database, challengeId: string, stage?: StageRef) => {
  const k = stageOf(challengeId, stage);
  const rank = placeOf(challengeId, solutions.id, k);
  return db
    .select({
      solution_id: solutions.id,
      title: solutions.title,
      status: solutions.status,
      override_note: decisionOverrides.note,
      override_at: decisionOverrides.created_at,
      rank: rank.as('rank'),
    })
    .from(solutions)
    .leftJoin(
      decisionOverrides,
      and(eq(decisionOverrides.challenge_id, challengeId), eq(decisionOverrides.solution_id, solutions.id)),
    )
    .where(
      and(
        sql`${solutions.id} IN (SELECT o.id FROM solutions o WHERE o.challenge_id = ${challengeId}
          AND o.status IN ('winner', 'shortlisted') UNION ALL SELECT d.solution_id FROM ${decisionOverrides} d
          WHERE d.challenge_id = ${challengeId})`,
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        inStage(solutions.id, k),
      ),
    )
    .orderBy(sql`rank IS NULL`, sql`rank`, asc(solutions.id));
};

/** The overrides among the outcomes (winners named under the minimum), with the owner's note, by weighted rank. */
export const overridesAmong = (outcomes: readonly ReportOutcome[]) =>
  outcomes.flatMap((o) =>
    o.override_note !== null && o.override_at !== null
      ? [{ solution_id: o.solution_id, title: o.title, note: o.override_note, created_at: o.override_at }]
      : [],
  );

/** The current jury of a stage (default: the current one), by the order they were seated; batchable. */
export const reportJurors = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({ user_id: evaluatorAssignments.user_id, name: users.name })
    .from(evaluatorAssignments)
    .innerJoin(users, eq(users.id, evaluatorAssignments.user_id))
    .where(
      and(
        eq(evaluatorAssignments.challenge_id, challengeId),
        sql`${evaluatorAssignments.stage} = ${stageOf(challengeId, stage)}`,
      ),
    )
    .orderBy(asc(evaluatorAssignments.created_at), asc(evaluatorAssignments.user_id));

/** The conflicts declared on solutions in the running (recusals) in a stage (default: the current one), oldest first; batchable. */
export const reportConflicts = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({
      solution_id: conflictDeclarations.solution_id,
      title: solutions.title,
      evaluator_id: conflictDeclarations.evaluator_id,
      juror: users.name,
      declared_at: conflictDeclarations.declared_at,
      note: conflictDeclarations.note,
      // An automatic recusal (slice A): why Bedside recused the juror, for the auditor.
      recusal: conflictDeclarations.reason,
    })
    .from(conflictDeclarations)
    .innerJoin(solutions, eq(solutions.id, conflictDeclarations.solution_id))
    .innerJoin(users, eq(users.id, conflictDeclarations.evaluator_id))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        // Literally `= 1`, the condition of the partial index `conflict_declarations_conflict_idx`.
        sql`${conflictDeclarations.conflict} = 1`,
        sql`${conflictDeclarations.stage} = ${stageOf(challengeId, stage)}`,
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        inStage(solutions.id, stageOf(challengeId, stage)),
      ),
    )
    .orderBy(asc(conflictDeclarations.declared_at), asc(conflictDeclarations.solution_id));

type ReportComment = Awaited<ReturnType<typeof reportComments>>[number];
type ReportJuror = Awaited<ReturnType<typeof reportJurors>>[number];
type ReportConflict = Awaited<ReturnType<typeof reportConflicts>>[number];
type ReportOutcome = Awaited<ReturnType<typeof reportOutcomes>>[number];
type FullRanking = Extract<Ranking, { view: 'full' }>;

export interface ReportChallenge {
  id: string;
  title: string;
  status: EvaluationReport['challenge']['status'];
  decided_at: string | null;
  decision_note: string | null;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** The report's ranking: one page of the full ranking (with its total and next) and its spreads. */
export interface ReportRanking {
  page: FullRanking;
  /** The kept spreads of the page's solutions (reportSpreads), by solution. */
  spreads: ReadonlyMap<string, readonly (number | null)[]>;
}

/**
 * The rows of the report's ranking from a page of the full ranking and its spreads, by weighted
 * rank; `keys` are the criteria the spreads were computed with (in their order: the same while
 * their version holds, as a change of criteria raises it). Also each chunk of the CSV.
 */
export function reportRows({ page, spreads: spreadsById }: ReportRanking, keys: readonly string[]) {
  const at = new Map(keys.map((k, i) => [k, i + 1]));
  return [...page.data]
    .sort((a, b) => a.weighted_rank - b.weighted_rank)
    .map((r) => {
      const spreads = spreadsById.get(r.solution_id) ?? [];
      return {
        weighted_rank: r.weighted_rank,
        normalised_rank: r.normalised_rank,
        solution_id: r.solution_id,
        title: r.title,
        organization: r.organization,
        status: r.status,
        score: r.score,
        normalised_score: r.normalised_score,
        evaluations: r.evaluations,
        under_minimum: r.under_minimum,
        override_note: r.override?.note ?? null,
        spread: spreads[0] ?? null,
        criteria: page.criteria.map((c) => ({
          key: c.key,
          mean: r.criteria[c.key] ?? null,
          spread: spreads[at.get(c.key) ?? -1] ?? null,
        })),
      };
    });
}

/**
 * The report from a page of the full ranking, the agreement figures, the report's kept figures
 * (distribution, jurors' means; the page's spreads come with the ranking: report-figures.ts) and
 * the reads above. Issue 17: only the ranking (and its criteria) is paged; comments, conflicts
 * and outcomes are whole, in the order of the weighted ranking as the SQL gives them.
 */
export function shapeReport(
  challenge: ReportChallenge,
  ranked: ReportRanking,
  agreement: Agreement,
  figures: ReportHead,
  commented: readonly ReportComment[],
  jurors: readonly ReportJuror[],
  conflicts: readonly ReportConflict[],
  outcomes: readonly ReportOutcome[],
): EvaluationReport {
  const ranking = ranked.page;
  const criteria = ranking.criteria;
  const bySolution = groupBy(commented, (e) => e.solution_id);
  const names = new Map(jurors.map((j) => [j.user_id, j.name]));
  const overall = figures.mean;
  const rows = reportRows(ranked, figures.keys);

  const distribution = criteria.map((c) => ({
    key: c.key,
    label: c.label,
    counts: figures.distribution[c.key] ?? [0, 0, 0, 0, 0],
  }));

  const conflictCount = new Map<string, number>();
  for (const d of conflicts) conflictCount.set(d.evaluator_id, (conflictCount.get(d.evaluator_id) ?? 0) + 1);
  const jurorRows = jurors.map((j) => {
    const [evaluated, jurorMean] = figures.jurors[j.user_id] ?? [0, null];
    return {
      user_id: j.user_id,
      name: j.name,
      evaluations: evaluated,
      mean_score: jurorMean === null ? null : round(jurorMean),
      leniency: jurorMean === null || overall === null ? null : round(jurorMean - overall),
      conflicts: conflictCount.get(j.user_id) ?? 0,
    };
  });

  // Grouped in the order the SQL gave: by weighted rank, each solution's comments oldest first.
  const comments = [...bySolution.values()].flatMap((list) => {
    const shown = list.filter((e) => e.comment?.trim());
    const first = shown[0];
    if (!first) return [];
    return [
      {
        solution_id: first.solution_id,
        title: first.title,
        comments: shown.map((e) => ({
          evaluator_id: e.evaluator_id,
          juror: names.get(e.evaluator_id) ?? '',
          comment: e.comment ?? '',
          evaluated_at: e.evaluated_at,
        })),
      },
    ];
  });

  const named = (status: string) =>
    outcomes.filter((r) => r.status === status).map((r) => ({ solution_id: r.solution_id, title: r.title }));

  return {
    challenge: {
      ...challenge,
      min_evaluations: ranking.min_evaluations,
      criteria: criteria.map((c) => ({ key: c.key, label: c.label, weight: c.weight })),
      method_notes: { ...METHOD_NOTES },
      agreement_note: AGREEMENT_NOTE,
    },
    mean_score: overall === null ? null : round(overall),
    top_disagreement: ranking.top_disagreement,
    ranking_total: ranking.total ?? ranking.data.length,
    ranking_next: ranking.next ?? null,
    ranking: rows,
    agreement: {
      jurors: agreement.jurors,
      overall: agreement.overall,
      criteria: agreement.criteria,
      disputed: agreement.disputed,
    },
    distribution,
    jurors: jurorRows,
    conflicts: conflicts.map((d) => ({
      solution_id: d.solution_id,
      title: d.title,
      evaluator_id: d.evaluator_id,
      juror: d.juror,
      declared_at: d.declared_at,
      reason: d.recusal ? (reasonSentence(d.recusal) ?? d.note) : d.note,
    })),
    comments,
    overrides: overridesAmong(outcomes),
    decision: {
      decided_at: challenge.decided_at,
      note: challenge.decision_note,
      winners: named('winner'),
      shortlisted: named('shortlisted'),
    },
  };
}
