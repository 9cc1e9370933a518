import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  conflictDeclarations,
  decisionOverrides,
  evaluations,
  evaluatorAssignments,
  solutions,
  users,
} from '../../db/schema';
import { groupBy } from '../group-by';
import { AGREEMENT_NOTE } from './agreement';
import { METHOD_NOTES } from './calibration';
import { counting } from './counted';
import type { Agreement, Ranking } from './evaluation.view';
import { RANKED, rankedRows } from './ranking';
import { reasonSentence } from './recusals';
import type { EvaluationReport } from './report.view';
import type { ReportFigures } from './report-figures';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * The evaluation report: what a funder's auditor asks for at the decision. It reuses the full
 * ranking and the agreement figures (weighted and normalised scores as the ranking computes them,
 * alpha from the cache) and adds what only the individual evaluations say: spreads, the
 * distribution of scores, each juror's leniency (kept with the agreement: report-figures.ts), the
 * conflicts declared and the jury's comments (read fresh).
 */

/**
 * The evaluations that count with a comment (the ranking's filter; per stage, default the current
 * one); batchable. `comment <> ''` is the condition of `evaluations_commented_idx` (issue 17), so
 * the evaluations without one, most of them, are never read.
 */
export const reportComments = (db: Database, challengeId: string, stage?: StageRef) =>
  counting(
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
  );

/**
 * The detailed rows of a page of the report's ranking: after the weighted rank `after`, `take` of
 * them (-1: all, for the CSV); batchable. The report's own (issue 17), next to the ranking's pages.
 */
export const reportRankingPage = (db: Database, challengeId: string, after: number, take: number, stage?: StageRef) =>
  rankedRows(db, challengeId, undefined, stage, sql`r.rank > ${after}`).limit(take);

/**
 * The solutions the decision named (winners, the shortlist) and those it overrode the minimum
 * for, in the running (per stage, default the current one): what the report names whole while
 * its ranking comes a page at a time; batchable.
 */
export const reportOutcomes = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({ solution_id: solutions.id, title: solutions.title, status: solutions.status })
    .from(solutions)
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`(${solutions.status} IN ('winner', 'shortlisted') OR ${solutions.id} IN (SELECT ${decisionOverrides.solution_id}
          FROM ${decisionOverrides} WHERE ${decisionOverrides.challenge_id} = ${challengeId}))`,
        sql`${solutions.status} IN ${RANKED}`,
        sql`${solutions.hidden_at} IS NULL`,
        inStage(solutions.id, stageOf(challengeId, stage)),
      ),
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
        eq(conflictDeclarations.conflict, true),
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

/** The report's ranking: one page of the full ranking, the weighted rank of every solution, the next page. */
export interface ReportRanking {
  page: FullRanking;
  /** The weighted rank of every solution in the ranking (what orders the comments and the outcomes). */
  ranks: ReadonlyMap<string, number>;
  next: string | null;
  /** The winners named under the minimum of evaluations, with the owner's note (all of them). */
  overrides: readonly { solution_id: string; note: string; created_at: string }[];
}

/**
 * The report from a page of the full ranking, the agreement figures, the report's figures
 * (spreads, distribution, jurors' means: kept, report-figures.ts) and the reads above. Issue 17:
 * only the ranking (and its criteria) is paged; comments, conflicts and outcomes are whole.
 */
export function shapeReport(
  challenge: ReportChallenge,
  { page: ranking, ranks, next, overrides: overridden }: ReportRanking,
  agreement: Agreement,
  figures: ReportFigures,
  commented: readonly ReportComment[],
  jurors: readonly ReportJuror[],
  conflicts: readonly ReportConflict[],
  outcomes: readonly ReportOutcome[],
): EvaluationReport {
  const criteria = ranking.criteria;
  const rankOf = (id: string) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byRank = <T extends { solution_id: string }>(list: readonly T[]) =>
    list.filter((r) => ranks.has(r.solution_id)).sort((a, b) => rankOf(a.solution_id) - rankOf(b.solution_id));
  const bySolution = groupBy(commented, (e) => e.solution_id);
  const names = new Map(jurors.map((j) => [j.user_id, j.name]));
  const overall = figures.mean;
  // The kept spreads are in the order of the criteria they were computed with (the same while
  // their version holds: a change of criteria raises it).
  const at = new Map(figures.keys.map((k, i) => [k, i + 1]));

  const rows = [...ranking.data]
    .sort((a, b) => a.weighted_rank - b.weighted_rank)
    .map((r) => {
      const spreads = figures.spreads[r.solution_id] ?? [];
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
        criteria: criteria.map((c) => ({
          key: c.key,
          mean: r.criteria[c.key] ?? null,
          spread: spreads[at.get(c.key) ?? -1] ?? null,
        })),
      };
    });

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

  const commentedSolutions = byRank([...bySolution.values()].flatMap((list) => list.slice(0, 1)));
  const comments = commentedSolutions.flatMap((r) => {
    const list = (bySolution.get(r.solution_id) ?? []).filter((e) => e.comment?.trim());
    if (list.length === 0) return [];
    return [
      {
        solution_id: r.solution_id,
        title: r.title,
        comments: list
          .sort((a, b) => a.evaluated_at.localeCompare(b.evaluated_at))
          .map((e) => ({
            evaluator_id: e.evaluator_id,
            juror: names.get(e.evaluator_id) ?? '',
            comment: e.comment ?? '',
            evaluated_at: e.evaluated_at,
          })),
      },
    ];
  });

  const titles = new Map(outcomes.map((r) => [r.solution_id, r.title]));
  const overrides = byRank(overridden).map((o) => ({
    solution_id: o.solution_id,
    title: titles.get(o.solution_id) ?? '',
    note: o.note,
    created_at: o.created_at,
  }));
  const named = (status: string) =>
    byRank(outcomes.filter((r) => r.status === status)).map((r) => ({ solution_id: r.solution_id, title: r.title }));

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
    ranking_total: ranks.size,
    ranking_next: next,
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
    overrides,
    decision: {
      decided_at: challenge.decided_at,
      note: challenge.decision_note,
      winners: named('winner'),
      shortlisted: named('shortlisted'),
    },
  };
}
