import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challengeStages, solutionStages } from '../../db/schema';

/**
 * Every stage of a solution's challenge with the solution's place in it (issue 15): when it was
 * submitted to the stage, its outcome there and whether the jury's feedback was shared with it.
 * A stage it never reached has no place (null). For a batch with the solution page's reads.
 */
export const solutionStagesQuery = (db: Database, challengeId: string | SQL, solutionId: string) =>
  db
    .select({
      stage: challengeStages.stage,
      name: challengeStages.name,
      kind: challengeStages.kind,
      deadline: challengeStages.deadline,
      evaluation_deadline: challengeStages.evaluation_deadline,
      submitted_at: solutionStages.submitted_at,
      outcome: solutionStages.outcome,
      feedback_shared: solutionStages.feedback_shared,
    })
    .from(challengeStages)
    .leftJoin(
      solutionStages,
      and(eq(solutionStages.solution_id, solutionId), eq(solutionStages.stage, challengeStages.stage)),
    )
    .where(eq(challengeStages.challenge_id, challengeId))
    .orderBy(asc(challengeStages.stage));
export type SolutionStageRow = Awaited<ReturnType<typeof solutionStagesQuery>>[number];

/** The stages whose jury feedback its team reads: those it did not advance from, with feedback shared. */
export const sharedFeedbackStages = (rows: readonly SolutionStageRow[]) =>
  rows.filter((r) => r.outcome === 'not_advanced' && r.feedback_shared).map((r) => r.stage);
