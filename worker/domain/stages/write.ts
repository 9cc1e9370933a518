import { and, eq } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challengeCriteria, challengeStages, challenges } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import type { ChallengeRecord } from '../challenges/read';
import { atVersion, editModeFor, staleVersion } from '../challenges/update';
import { DomainError } from '../errors';
import type { StagesInput } from './stages.schema';

/**
 * Replaces a challenge's stages and their criteria (issue 15): its owner, before approval, as for
 * every other edit of a draft (`editMode` 'edit'). Stage 1's deadline, evaluation deadline,
 * minimum and feedback setting are the challenge's own, written to both in one batch guarded by
 * the version read; a stale version is 412, nothing written.
 */
export async function replaceStages(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  version: number,
  input: StagesInput,
) {
  const { row } = record;
  if (editModeFor(actor, record) !== 'edit') {
    throw new DomainError(
      'invalid_state',
      `Stages are set before a challenge is approved; it is ${row.status}, so they are fixed. Solvers and jurors rely on them.`,
      { details: { current_state: row.status } },
    );
  }
  if (row.version !== version) throw staleVersion(version, row.version);
  const guard = atVersion(row.id, version);
  const [first] = input.stages;
  if (!first) throw new Error('A challenge without a stage passed validation.');
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'challenge.edit',
          entityType: 'challenge',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { version },
          after: { version: version + 1, stages: input.stages.length },
        },
        guard,
      ),
      db.delete(challengeCriteria).where(and(eq(challengeCriteria.challenge_id, row.id), guard)),
      db.delete(challengeStages).where(and(eq(challengeStages.challenge_id, row.id), guard)),
      ...input.stages.flatMap(({ criteria, ...stage }, i) => [
        insertIf(
          db,
          challengeStages,
          { ...stage, challenge_id: row.id, stage: i + 1, evaluation_deadline: stage.evaluation_deadline ?? null },
          guard,
        ),
        ...criteria.map((c, position) =>
          insertIf(db, challengeCriteria, { ...c, challenge_id: row.id, stage: i + 1, position }, guard),
        ),
      ]),
    ],
    db
      .update(challenges)
      .set({
        deadline: first.deadline,
        evaluation_deadline: first.evaluation_deadline ?? null,
        min_evaluations: first.min_evaluations,
        share_feedback: first.share_feedback,
        version: version + 1,
      })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, version)))
      .returning({ version: challenges.version }),
  );
  if (updated.length === 0) throw staleVersion(version);
}
