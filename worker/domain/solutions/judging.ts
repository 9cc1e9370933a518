import { asc, eq, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { challengeCriteria, conflictDeclarations, evaluations } from '../../db/schema';
import type { FieldError } from '../../http/problem';
import { Problem } from '../../http/problem';
import type { SignedIn } from '../../policy/actor';
import { audit } from '../audit';
import type { SolutionRecord } from './facts';
import { oneSolution, recomputeScores } from './scores';
import type { EvaluationInput } from './solution.schema';

/** Whether the life cycle lets jury members score this solution now (the policy says who may). */
export const scoringOpen = (record: SolutionRecord) =>
  record.challenge.status === 'evaluation' && record.solution.status === 'submitted';

/** Whether the life cycle lets jury members declare (or revise) a conflict now. */
export const declarationOpen = (record: SolutionRecord) => ['open', 'evaluation'].includes(record.challenge.status);

/** A jury member says, per solution, whether they have a conflict of interest; they may revise it until the decision. */
export async function declareConflict(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  conflict: boolean,
  note: string | undefined,
) {
  if (!declarationOpen(record)) {
    throw new Problem(
      'invalid_state',
      `Conflicts are declared while the challenge is open or in evaluation; it is ${record.challenge.status}.`,
      {
        extensions: { current_state: record.challenge.status },
      },
    );
  }
  const now = new Date().toISOString();
  await runBatch(db, [
    db
      .insert(conflictDeclarations)
      .values({ solution_id: record.solution.id, evaluator_id: actor.id, conflict, note: note ?? null })
      .onConflictDoUpdate({
        target: [conflictDeclarations.solution_id, conflictDeclarations.evaluator_id],
        set: { conflict, note: note ?? null, declared_at: now },
      }),
    ...recomputeScores(db, oneSolution(record.solution.id)),
    audit(db, {
      actorId: actor.id,
      action: 'solution.declare_conflict',
      entityType: 'solution',
      entityId: record.solution.id,
      clusterId: record.challenge.cluster_id,
      before: record.jury_conflict === null ? null : { conflict: record.jury_conflict },
      after: { conflict },
    }),
  ]);
  return { solution_id: record.solution.id, conflict, note: note ?? null, declared_at: now };
}

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
  if (record.challenge.status !== 'evaluation') {
    throw new Problem(
      'invalid_state',
      `Scoring is open while the challenge is in evaluation; it is ${record.challenge.status}.`,
      {
        extensions: { current_state: record.challenge.status },
      },
    );
  }
  if (record.solution.status !== 'submitted') {
    throw new Problem('invalid_state', `Only submitted solutions are scored; this one is ${record.solution.status}.`, {
      extensions: { current_state: record.solution.status },
    });
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
    throw new Problem(
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
