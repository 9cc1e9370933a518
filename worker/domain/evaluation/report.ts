import { and, asc, eq, sql } from 'drizzle-orm';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Database } from '../../db/client';
import { conflictDeclarations, evaluations, evaluatorAssignments, solutions, users } from '../../db/schema';
import { AGREEMENT_NOTE } from './agreement';
import { METHOD_NOTES, weightedScore } from './calibration';
import { counting } from './counted';
import type { Agreement, Ranking } from './evaluation.view';
import { RANKED } from './ranking';
import { reasonSentence } from './recusals';
import type { EvaluationReport } from './report.view';
import { inStage, type StageRef, stageOf } from './stage';

/**
 * The evaluation report: what a funder's auditor asks for at the decision. It reuses the full
 * ranking and the agreement figures (weighted and normalised scores as the ranking computes them,
 * alpha from the cache) and adds what only the individual evaluations say: spreads, the
 * distribution of scores, each juror's leniency, the conflicts declared and the jury's comments.
 */

/** The evaluations that count (the ranking's filter; per stage, default the current one), each with its scores and comment; batchable. */
export const reportEvaluations = (db: Database, challengeId: string, stage?: StageRef) =>
  counting(
    db
      .select({
        solution_id: evaluations.solution_id,
        evaluator_id: evaluations.evaluator_id,
        scores: evaluations.scores,
        comment: evaluations.comment,
        evaluated_at: evaluations.updated_at,
      })
      .from(evaluations)
      .$dynamic(),
    challengeId,
    [],
    stage,
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

type ReportEvaluation = Awaited<ReturnType<typeof reportEvaluations>>[number];
type ReportJuror = Awaited<ReturnType<typeof reportJurors>>[number];
type ReportConflict = Awaited<ReturnType<typeof reportConflicts>>[number];
type FullRanking = Extract<Ranking, { view: 'full' }>;

export interface ReportChallenge {
  id: string;
  title: string;
  status: EvaluationReport['challenge']['status'];
  decided_at: string | null;
  decision_note: string | null;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
/** Sample standard deviation, or null with fewer than two values (one juror has no spread). */
const spreadOf = (values: readonly number[]) =>
  values.length >= 2 ? round(sampleStandardDeviation([...values])) : null;

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/** The report from the full ranking, the agreement figures and the reads above. */
export function shapeReport(
  challenge: ReportChallenge,
  ranking: FullRanking,
  agreement: Agreement,
  counted: readonly ReportEvaluation[],
  jurors: readonly ReportJuror[],
  conflicts: readonly ReportConflict[],
): EvaluationReport {
  const criteria = ranking.criteria;
  const weighted = counted.map((e) => ({ ...e, weighted: weightedScore(e.scores, criteria) }));
  const bySolution = groupBy(weighted, (e) => e.solution_id);
  const byJuror = groupBy(weighted, (e) => e.evaluator_id);
  const names = new Map(jurors.map((j) => [j.user_id, j.name]));
  const overall = weighted.length > 0 ? mean(weighted.map((e) => e.weighted)) : null;
  const titles = new Map(ranking.data.map((r) => [r.solution_id, r.title]));

  const rows = [...ranking.data]
    .sort((a, b) => a.weighted_rank - b.weighted_rank)
    .map((r) => {
      const list = bySolution.get(r.solution_id) ?? [];
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
        spread: spreadOf(list.map((e) => e.weighted)),
        criteria: criteria.map((c) => ({
          key: c.key,
          mean: r.criteria[c.key] ?? null,
          spread: spreadOf(
            list.flatMap((e) => (typeof e.scores[c.key] === 'number' ? [e.scores[c.key] as number] : [])),
          ),
        })),
      };
    });

  const distribution = criteria.map((c) => {
    const counts = [0, 0, 0, 0, 0];
    for (const e of counted) {
      const value = e.scores[c.key];
      if (typeof value === 'number' && value >= 1 && value <= 5) counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    }
    return { key: c.key, label: c.label, counts };
  });

  const conflictCount = new Map<string, number>();
  for (const d of conflicts) conflictCount.set(d.evaluator_id, (conflictCount.get(d.evaluator_id) ?? 0) + 1);
  const jurorRows = jurors.map((j) => {
    const list = byJuror.get(j.user_id) ?? [];
    const jurorMean = list.length > 0 ? mean(list.map((e) => e.weighted)) : null;
    return {
      user_id: j.user_id,
      name: j.name,
      evaluations: list.length,
      mean_score: jurorMean === null ? null : round(jurorMean),
      leniency: jurorMean === null || overall === null ? null : round(jurorMean - overall),
      conflicts: conflictCount.get(j.user_id) ?? 0,
    };
  });

  const comments = rows.flatMap((r) => {
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

  const overrides = ranking.data
    .filter((r) => r.override)
    .map((r) => ({
      solution_id: r.solution_id,
      title: r.title,
      note: r.override?.note ?? '',
      created_at: r.override?.created_at ?? '',
    }));
  const named = (status: string) =>
    rows.filter((r) => r.status === status).map((r) => ({ solution_id: r.solution_id, title: r.title }));

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
    ranking: rows,
    agreement: {
      jurors: agreement.jurors,
      overall: agreement.overall,
      criteria: agreement.criteria,
      disputed: agreement.disputed.map((d) => ({ ...d, title: titles.get(d.solution_id) ?? d.title })),
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
