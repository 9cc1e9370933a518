import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { auditLog, challengeCriteria, challenges, evaluationDrafts, evaluations, solutions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError, type FieldError, invalidState } from '../errors';
import { challengeOfSolution, findSolution, type SolutionRecord } from '../solutions/read';
import type { EvaluationInput } from './evaluation.schema';
import { criteriaQuery } from './ranking';
import { oneSolution, recomputeScores } from './score-sums';
import { type StageRef, stageOf } from './stage';

/**
 * The score keys must be the challenge's criteria: never an unknown one, and for a score that
 * counts, every one of them (a draft may leave some out).
 */
function checkKeys(scores: Record<string, number>, criteria: string[], complete: boolean): FieldError[] {
  const given = Object.keys(scores);
  return [
    ...(complete ? criteria.filter((key) => !given.includes(key)) : []).map((key) => ({
      path: `scores.${key}`,
      message: 'Missing: score every criterion 1–5.',
    })),
    ...given
      .filter((key) => !criteria.includes(key))
      .map((key) => ({ path: `scores.${key}`, message: 'Not a criterion of this challenge.' })),
  ];
}

/** Scoring (and saving a draft) is open while the challenge is in evaluation, for submitted solutions. */
function assertScoringOpen(record: SolutionRecord) {
  const { status } = record.challenge;
  if (status !== 'evaluation') {
    throw invalidState(`Scoring is open while the challenge is in evaluation; it is ${status}.`, status);
  }
  if (record.solution.status !== 'submitted') {
    const solutionStatus = record.solution.status;
    throw invalidState(`Only submitted solutions are scored; this one is ${solutionStatus}.`, solutionStatus);
  }
}

async function assertKeys(db: Database, record: SolutionRecord, scores: Record<string, number>, complete: boolean) {
  const criteria = await db
    .select({ key: challengeCriteria.key })
    .from(challengeCriteria)
    .where(
      and(
        eq(challengeCriteria.challenge_id, record.challenge.id),
        eq(challengeCriteria.stage, record.challenge.current_stage),
      ),
    )
    .orderBy(asc(challengeCriteria.position));
  const keys = criteria.map((c) => c.key);
  const errors = checkKeys(scores, keys, complete);
  if (errors.length) {
    throw new DomainError(
      'validation_failed',
      `Score ${complete ? 'exactly ' : 'only '}the criteria ${keys.join(', ')}: ${errors.map((e) => e.path).join(', ')}.`,
      { errors },
    );
  }
}

const draftOf = (solutionId: string, stage: number | SQL, evaluatorId: string) =>
  and(
    eq(evaluationDrafts.solution_id, solutionId),
    eq(evaluationDrafts.stage, stage),
    eq(evaluationDrafts.evaluator_id, evaluatorId),
  );

/**
 * Statement guard: scoring is still open when the batch runs (the solution submitted, the
 * challenge in evaluation of the same stage). The decision, advancing to the next stage and a
 * withdrawal change exactly these, so a score that lands after either changes nothing, and one
 * that lands before is part of what was decided.
 */
const scoringStillOpen = (solutionId: string, stage: number) =>
  sql`EXISTS (SELECT 1 FROM ${solutions} JOIN ${challenges} ON ${challenges.id} = ${solutions.challenge_id}
    WHERE ${solutions.id} = ${solutionId} AND ${solutions.status} = 'submitted' AND ${challenges.status} = 'evaluation'
    AND ${challenges.current_stage} = ${stage})`;

/**
 * The audit entry of a score: who, when (the entry's time), the scores before (read inside the
 * batch, so a concurrent change of one's own scores is not misreported; null for a first score)
 * and after. The comment stays out: the trail records the judgement, not the juror's notes.
 */
function scoreAudit(db: Database, actor: SignedIn, record: SolutionRecord, scores: Record<string, number>, guard: SQL) {
  const before = sql`(SELECT json_object('scores', json(${evaluations.scores})) FROM ${evaluations}
    WHERE ${evaluations.solution_id} = ${record.solution.id} AND ${evaluations.stage} = ${record.challenge.current_stage}
    AND ${evaluations.evaluator_id} = ${actor.id})`;
  return insertIf(
    db,
    auditLog,
    {
      actor_id: actor.id,
      action: 'evaluation.score',
      entity_type: 'solution',
      entity_id: record.solution.id,
      cluster_id: record.challenge.cluster_id,
      // insertIf takes SQL for any value; the column's type names only what is stored.
      before: before as unknown as Record<string, unknown>,
      after: { scores },
    },
    guard,
  );
}

/**
 * One evaluation per jury member and solution: a second submission replaces the first. The upsert
 * on the (solution, evaluator) key makes concurrent submissions leave exactly one row. A draft
 * saved earlier is finished by it: deleted in the same batch. Every one is audited, and all of it
 * lands only while scoring is still open (see scoringStillOpen): otherwise 409, nothing written.
 */
export async function submitEvaluation(db: Database, actor: SignedIn, record: SolutionRecord, input: EvaluationInput) {
  assertScoringOpen(record);
  await assertKeys(db, record, input.scores, true);
  const now = new Date().toISOString();
  const stage = record.challenge.current_stage;
  const guard = scoringStillOpen(record.solution.id, stage);
  const [, upserted] = await db.batch([
    // Before the upsert: it reads the scores being replaced.
    scoreAudit(db, actor, record, input.scores, guard),
    insertIf(
      db,
      evaluations,
      {
        solution_id: record.solution.id,
        evaluator_id: actor.id,
        stage,
        scores: input.scores,
        comment: input.comment ?? null,
      },
      guard,
    )
      .onConflictDoUpdate({
        target: [evaluations.solution_id, evaluations.stage, evaluations.evaluator_id],
        set: { scores: sql`excluded.scores`, comment: sql`excluded.comment`, updated_at: now },
      })
      .returning({ scores: evaluations.scores, comment: evaluations.comment, updated_at: evaluations.updated_at }),
    db.delete(evaluationDrafts).where(and(draftOf(record.solution.id, stage, actor.id), guard)),
    // The ranking's sums follow in the same transaction, so they never disagree with the rows.
    ...recomputeScores(db, oneSolution(record.solution.id)),
  ]);
  const saved = upserted[0];
  if (!saved) {
    // The decision or a withdrawal landed between our read and this batch: say which.
    const fresh = await findSolution(db, actor, record.solution.id);
    if (fresh) assertScoringOpen(fresh);
    throw invalidState('Scoring closed while your score was being saved; nothing was saved.', 'closed');
  }
  return { solution_id: record.solution.id, ...saved, draft: false };
}

const sentAlready = () =>
  invalidState('Your complete score is sent already: change it instead of saving a draft.', 'scored');

/**
 * Scores saved to finish later (evaluation_drafts): any of the criteria, and a comment. A draft
 * never counts: not in the ranking, not in anyone's progress. It is for a first score only; a
 * jury member who sent a complete one changes that instead.
 */
export async function saveDraft(db: Database, actor: SignedIn, record: SolutionRecord, input: EvaluationInput) {
  assertScoringOpen(record);
  if (record.my_evaluation?.scores) throw sentAlready();
  if (Object.keys(input.scores).length === 0 && !input.comment) {
    throw new DomainError('validation_failed', 'Choose a score for at least one criterion, or write a comment.', {
      errors: [{ path: 'scores', message: 'Choose a score for at least one criterion, or write a comment.' }],
    });
  }
  await assertKeys(db, record, input.scores, false);
  const now = new Date().toISOString();
  const stage = record.challenge.current_stage;
  // Guarded like a score, and only while no complete score exists: a draft read before the
  // decision, a withdrawal or this juror's own complete score (another tab, a double click) and
  // written after it would otherwise outlive it.
  const [saved] = await insertIf(
    db,
    evaluationDrafts,
    {
      solution_id: record.solution.id,
      evaluator_id: actor.id,
      stage,
      scores: input.scores,
      comment: input.comment ?? null,
    },
    sql`${scoringStillOpen(record.solution.id, stage)} AND NOT EXISTS (SELECT 1 FROM ${evaluations}
      WHERE ${evaluations.solution_id} = ${record.solution.id} AND ${evaluations.stage} = ${stage}
      AND ${evaluations.evaluator_id} = ${actor.id})`,
  )
    .onConflictDoUpdate({
      target: [evaluationDrafts.solution_id, evaluationDrafts.stage, evaluationDrafts.evaluator_id],
      set: { scores: sql`excluded.scores`, comment: sql`excluded.comment`, updated_at: now },
    })
    .returning({
      scores: evaluationDrafts.scores,
      comment: evaluationDrafts.comment,
      updated_at: evaluationDrafts.updated_at,
    });
  if (!saved) {
    // Scoring closed, or the complete score landed, between our read and this write: say which.
    const fresh = await findSolution(db, actor, record.solution.id);
    if (fresh) assertScoringOpen(fresh);
    if (fresh?.my_evaluation?.scores) throw sentAlready();
    throw invalidState('Scoring closed while your draft was being saved; nothing was saved.', 'closed');
  }
  return { solution_id: record.solution.id, ...saved, draft: true };
}

/** A jury member's draft on one solution in a stage, if any; batchable. */
export const draftQuery = (db: Database, solutionId: string, stage: number | SQL, evaluatorId: string) =>
  db
    .select({
      scores: evaluationDrafts.scores,
      comment: evaluationDrafts.comment,
      updated_at: evaluationDrafts.updated_at,
    })
    .from(evaluationDrafts)
    .where(draftOf(solutionId, stage, evaluatorId));

/** The solutions of a challenge on which a jury member has a draft in a stage (default: the current one; the work list says "started"); batchable. */
export const draftsOf = (db: Database, challengeId: string, evaluatorId: string, stage?: StageRef) =>
  db
    .select({ solution_id: evaluationDrafts.solution_id })
    .from(evaluationDrafts)
    .innerJoin(solutions, eq(solutions.id, evaluationDrafts.solution_id))
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        eq(evaluationDrafts.evaluator_id, evaluatorId),
        sql`${evaluationDrafts.stage} = ${stageOf(challengeId, stage)}`,
      ),
    );

/**
 * The score sheet's reads, keyed by the solution alone (its challenge a subquery): the criteria of
 * the current stage and the jury member's draft, batchable with the solution (issue 17).
 */
export const scoreSheetQueries = (db: Database, solutionId: string, evaluatorId: string) => {
  const challengeId = challengeOfSolution(solutionId);
  return [criteriaQuery(db, challengeId), draftQuery(db, solutionId, stageOf(challengeId), evaluatorId)] as const;
};

type SheetQueries = ReturnType<typeof scoreSheetQueries>;
export type ScoreSheetRows = [Awaited<SheetQueries[0]>, Awaited<SheetQueries[1]>];

/**
 * What a jury member's score page shows beyond the solution itself: the challenge's title and
 * language (read with the solution), its criteria (with what a good answer looks like) and their
 * draft, if any, from the rows of `scoreSheetQueries` (access/evaluation `loadScoring`).
 */
export function scoreSheet(record: SolutionRecord, [criteria, drafts]: ScoreSheetRows) {
  const challenge = {
    id: record.challenge.id,
    title: record.challenge_title,
    language: record.challenge_language,
    blind_review: record.challenge.blind_review,
  };
  return { challenge, criteria, draft: drafts[0] ?? null };
}
