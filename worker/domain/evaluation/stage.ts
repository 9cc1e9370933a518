import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/**
 * Which stage of a challenge a read or a write is about (issue 15): the one asked for, or else the
 * challenge's current stage, as SQL, so a query that needs it still joins the batch that reads the
 * challenge (no round trip to learn the stage first). Juries, declarations, evaluations, drafts,
 * criteria and the ranking cache are all per stage.
 */
export type StageRef = number | undefined;

export const stageOf = (challengeId: SQLWrapper | string, stage?: StageRef): SQL =>
  // Aliased: `challengeId` is often the outer query's `"challenges"."id"`, which an unaliased inner
  // `challenges` would capture (id = id: a scan, and some other challenge's stage).
  stage === undefined ? sql`(SELECT cs.current_stage FROM challenges cs WHERE cs.id = ${challengeId})` : sql`${stage}`;

/**
 * The cohort of a stage, as a condition on a solution (`solutionId`): on top of the ranked, not
 * hidden filter every caller already has, a solution is in stage k > 1 when it was submitted to
 * it (advanced, then sent that stage's fields: `solution_stages`). Every solution in the running
 * is in stage 1, as before stages existed.
 */
export const inStage = (solutionId: SQLWrapper, stage: SQL) =>
  sql`(${stage} = 1 OR EXISTS (SELECT 1 FROM solution_stages st WHERE st.solution_id = ${solutionId}
    AND st.stage = ${stage} AND st.submitted_at IS NOT NULL))`;
