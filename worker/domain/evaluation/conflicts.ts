import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { conflictDeclarations } from '../../db/schema';
import type { SignedIn } from '../actor';
import { audit } from '../audit';
import { invalidState } from '../errors';
import { declarationOpen } from '../solutions/lifecycle';
import type { SolutionRecord } from '../solutions/read';
import { oneSolution, recomputeScores } from './score-sums';

/** A jury member says, per solution, whether they have a conflict of interest; they may revise it until the decision. */
export async function declareConflict(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  conflict: boolean,
  note: string | undefined,
) {
  if (!declarationOpen(record)) {
    const { status } = record.challenge;
    throw invalidState(`Conflicts are declared while the challenge is open or in evaluation; it is ${status}.`, status);
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
