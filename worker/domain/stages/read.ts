import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeCriteria, challengeStages } from '../../db/schema';
import { DomainError } from '../errors';
import type { Stages } from './stages.view';

/** The reads of a challenge's stages and every stage's criteria, for a batch (`toStages` makes them one answer). */
export const stagesQueries = (db: Database, challengeId: string) =>
  [
    db
      .select()
      .from(challengeStages)
      .where(eq(challengeStages.challenge_id, challengeId))
      .orderBy(asc(challengeStages.stage)),
    db
      .select({
        stage: challengeCriteria.stage,
        key: challengeCriteria.key,
        label: challengeCriteria.label,
        weight: challengeCriteria.weight,
        description: challengeCriteria.description,
      })
      .from(challengeCriteria)
      .where(eq(challengeCriteria.challenge_id, challengeId))
      .orderBy(asc(challengeCriteria.stage), asc(challengeCriteria.position)),
  ] as const;
type StagesQueries = ReturnType<typeof stagesQueries>;
type StagesRows = readonly [Awaited<StagesQueries[0]>, Awaited<StagesQueries[1]>];

/** A challenge's stages with their criteria, from what `stagesQueries` read. */
export function toStages(challengeId: string, currentStage: number, [stages, criteria]: StagesRows): Stages {
  return {
    challenge_id: challengeId,
    current_stage: currentStage,
    data: stages.map(({ challenge_id: _, ...s }) => ({
      ...s,
      criteria: criteria
        .filter((c) => c.stage === s.stage)
        .map(({ stage: _stage, description, ...c }) => ({ ...c, ...(description ? { description } : {}) })),
    })),
  };
}

/** A challenge's stages and every stage's criteria, in one round trip. */
export async function stagesOf(db: Database, challengeId: string, currentStage: number): Promise<Stages> {
  return toStages(challengeId, currentStage, await db.batch(stagesQueries(db, challengeId)));
}

/**
 * A stage asked for by `?stage=N`: one the challenge has reached (its current one or an earlier
 * one). A later stage has no jury, cohort or scores yet: 404, saying which stage it is in.
 */
export function reachedStage(stage: number | undefined, current: number) {
  if (stage !== undefined && stage > current) {
    throw new DomainError(
      'not_found',
      `This challenge has not reached stage ${stage}; it is in stage ${current}. Ask for stage 1 to ${current}, or leave out ?stage for the current one.`,
    );
  }
  return stage;
}

/** The stages as the challenge page's timeline shows them, for a batch with the challenge (no criteria). */
export const stageTimelineQuery = (db: Database, challengeId: string) =>
  db
    .select({
      stage: challengeStages.stage,
      name: challengeStages.name,
      kind: challengeStages.kind,
      deadline: challengeStages.deadline,
      evaluation_deadline: challengeStages.evaluation_deadline,
    })
    .from(challengeStages)
    .where(eq(challengeStages.challenge_id, challengeId))
    .orderBy(asc(challengeStages.stage));
export type StageTimelineRow = Awaited<ReturnType<typeof stageTimelineQuery>>[number];
