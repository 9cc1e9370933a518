import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeCriteria, evaluations } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError, type FieldError, invalidState } from '../errors';
import type { SolutionRecord } from '../solutions/read';
import type { EvaluationInput } from './evaluation.schema';
import { oneSolution, recomputeScores } from './score-sums';

/** The score keys must be exactly the challenge's criteria: name each missing and each unknown one. */
function checkKeys(scores: Record<string, number>, criteria: string[]): FieldError[] {
  const given = Object.keys(scores);
  return [
    ...criteria
      .filter((key) => !given.includes(key))
      .map((key) => ({ path: `scores.${key}`, message: 'Missing: score every criterion 1–5.' })),
    ...given
      .filter((key) => !criteria.includes(key))
      .map((key) => ({ path: `scores.${key}`, message: 'Not a criterion of this challenge.' })),
  ];
}

/**
 * One evaluation per jury member and solution: a second submission replaces the first. The upsert
 * on the (solution, evaluator) key makes concurrent submissions leave exactly one row.
 */
export async function submitEvaluation(db: Database, actor: SignedIn, record: SolutionRecord, input: EvaluationInput) {
  const { status } = record.challenge;
  if (status !== 'evaluation') {
    throw invalidState(`Scoring is open while the challenge is in evaluation; it is ${status}.`, status);
  }
  if (record.solution.status !== 'submitted') {
    const solutionStatus = record.solution.status;
    throw invalidState(`Only submitted solutions are scored; this one is ${solutionStatus}.`, solutionStatus);
  }
  const criteria = await db
    .select({ key: challengeCriteria.key })
    .from(challengeCriteria)
    .where(eq(challengeCriteria.challenge_id, record.challenge.id))
    .orderBy(asc(challengeCriteria.position));
  const errors = checkKeys(
    input.scores,
    criteria.map((c) => c.key),
  );
  if (errors.length) {
    throw new DomainError(
      'validation_failed',
      `Score exactly the criteria ${criteria.map((c) => c.key).join(', ')}: ${errors.map((e) => e.path).join(', ')}.`,
      {
        errors,
      },
    );
  }
  const now = new Date().toISOString();
  const [upserted] = await db.batch([
    db
      .insert(evaluations)
      .values({
        solution_id: record.solution.id,
        evaluator_id: actor.id,
        scores: input.scores,
        comment: input.comment ?? null,
      })
      .onConflictDoUpdate({
        target: [evaluations.solution_id, evaluations.evaluator_id],
        set: { scores: sql`excluded.scores`, comment: sql`excluded.comment`, updated_at: now },
      })
      .returning({ scores: evaluations.scores, comment: evaluations.comment, updated_at: evaluations.updated_at }),
    // The ranking's sums follow in the same transaction, so they never disagree with the rows.
    ...recomputeScores(db, oneSolution(record.solution.id)),
  ]);
  const saved = upserted[0];
  if (!saved) throw new Error('The evaluation upsert returned nothing.');
  return { solution_id: record.solution.id, ...saved };
}
