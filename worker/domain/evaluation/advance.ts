import { and, eq, inArray, isNotNull, notInArray, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { challengeStages, challenges, solutionMembers, solutionStages, solutions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import type { ChallengeRecord } from '../challenges/read';
import { atVersion, staleVersion } from '../challenges/update';
import { DomainError, invalidState } from '../errors';
import { notify, peopleWith } from '../notifications/notify';
import { RANKED } from './ranking';
import { inStage } from './stage';

export interface AdvanceInput {
  solution_ids: string[];
  share_feedback?: boolean;
}

/** The solutions in the running in stage `stage` of a challenge (its cohort), as a condition. */
const cohort = (challengeId: string, stage: number) =>
  and(
    eq(solutions.challenge_id, challengeId),
    sql`${solutions.status} IN ${RANKED}`,
    sql`${solutions.hidden_at} IS NULL`,
    inStage(solutions.id, sql`${stage}`),
  );

/**
 * The teams (submitter and members) of the solutions of a stage with `outcome`, each told about
 * their own solution only.
 */
const teamsWithOutcome = (challengeId: string, stage: number, outcome: 'advanced' | 'not_advanced'): SQL =>
  peopleWith(
    sql`SELECT team.user_id AS user_id, json_object('solution_id', s.id, 'solution_title', s.title, 'stage', ${stage},
        'feedback', CASE WHEN st.feedback_shared THEN 1 ELSE 0 END) AS extra
      FROM ${solutionStages} st JOIN ${solutions} s ON s.id = st.solution_id
      JOIN (SELECT ${solutions.submitter_id} AS user_id, ${solutions.id} AS sid FROM ${solutions}
          WHERE ${solutions.challenge_id} = ${challengeId}
        UNION SELECT m.user_id, m.solution_id FROM ${solutionMembers} m
          JOIN ${solutions} mine ON mine.id = m.solution_id WHERE mine.challenge_id = ${challengeId}) AS team
        ON team.sid = s.id
      WHERE st.challenge_id = ${challengeId} AND st.stage = ${stage} AND st.outcome = ${outcome}`,
  );

/**
 * Advances a shortlist from the stage under evaluation to the next (issue 15): the named solutions
 * get the outcome `advanced` and a row in the next stage, every other solution of the stage's
 * cohort `not_advanced` (with the jury's feedback if `share_feedback`); the challenge opens again,
 * to the shortlist only, with the next stage's deadlines, minimum and feedback setting mirrored
 * into it. One batch, guarded by the challenge's version (412 when it moved), with its audit entry
 * and each team's news of its own outcome.
 */
export async function advanceStage(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  stage: number,
  input: AdvanceInput,
) {
  const { row } = record;
  if (row.status !== 'evaluation') {
    throw invalidState(
      `A shortlist is advanced once a stage's evaluation has begun; this challenge is ${row.status}.`,
      row.status,
    );
  }
  if (stage !== row.current_stage) {
    throw invalidState(
      `This challenge is evaluating stage ${row.current_stage}, not stage ${stage}: advance from stage ${row.current_stage}.`,
      row.status,
      { current_stage: row.current_stage },
    );
  }
  const [next, inCohort] = await db.batch([
    db
      .select()
      .from(challengeStages)
      .where(and(eq(challengeStages.challenge_id, row.id), eq(challengeStages.stage, stage + 1))),
    db
      .select({ id: solutions.id })
      .from(solutions)
      .where(and(cohort(row.id, stage), inArray(solutions.id, input.solution_ids))),
  ]);
  const following = next[0];
  if (!following) {
    throw invalidState(
      `Stage ${stage} is the last stage of this challenge: decide it instead (POST /api/v1/challenges/${row.id}/decision).`,
      row.status,
      { current_stage: row.current_stage },
    );
  }
  const found = new Set(inCohort.map((s) => s.id));
  const errors = input.solution_ids
    .map((id, i) => ({ id, path: `solution_ids.${i}` }))
    .filter(({ id }) => !found.has(id))
    .map(({ id, path }) => ({
      path,
      message: `${id} is not a solution in stage ${stage} of this challenge (submitted to it, not withdrawn or hidden).`,
    }));
  if (errors.length) {
    throw new DomainError(
      'not_in_stage',
      `Every solution you shortlist must be in stage ${stage} of this challenge; ${errors.length} of them ${errors.length === 1 ? 'is' : 'are'} not. Take them out of solution_ids and send the shortlist again; nothing was advanced.`,
      { errors },
    );
  }

  const ids = [...new Set(input.solution_ids)];
  const share = input.share_feedback ?? following.share_feedback;
  const guard = atVersion(row.id, row.version);
  const now = new Date().toISOString();
  const ofStage = and(eq(solutionStages.challenge_id, row.id), eq(solutionStages.stage, stage));
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'challenge.advance',
          entityType: 'challenge',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { status: row.status, version: row.version, current_stage: stage },
          after: {
            status: 'open',
            version: row.version + 1,
            current_stage: stage + 1,
            advanced: ids,
            share_feedback: share,
          },
        },
        guard,
      ),
      db
        .update(solutionStages)
        .set({ outcome: 'advanced', outcome_at: now, outcome_by: actor.id })
        .where(and(ofStage, inArray(solutionStages.solution_id, ids), guard)),
      db
        .update(solutionStages)
        .set({ outcome: 'not_advanced', outcome_at: now, outcome_by: actor.id, feedback_shared: share })
        .where(
          and(ofStage, isNotNull(solutionStages.submitted_at), notInArray(solutionStages.solution_id, ids), guard),
        ),
      // The shortlist's places in the next stage: submitted once they send that stage's fields.
      db
        .insert(solutionStages)
        .select(
          sql`SELECT ${solutions.id}, ${solutions.challenge_id}, ${stage + 1}, NULL, NULL, 'pending', NULL, NULL, 0
            FROM ${solutions} WHERE ${inArray(solutions.id, ids)} AND ${guard}`,
        )
        .onConflictDoNothing(),
      db
        .update(challengeStages)
        .set({ advanced_at: now, closed_at: sql`coalesce(${challengeStages.closed_at}, ${now})` })
        .where(and(eq(challengeStages.challenge_id, row.id), eq(challengeStages.stage, stage), guard)),
      db
        .update(challengeStages)
        .set({ opened_at: now })
        .where(and(eq(challengeStages.challenge_id, row.id), eq(challengeStages.stage, stage + 1), guard)),
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'stage_advanced',
        key: `stage_advanced:${row.id}:${stage}`,
        recipients: teamsWithOutcome(row.id, stage, 'advanced'),
        challengeId: row.id,
        params: { title: row.title, next_stage: stage + 1, deadline: following.deadline },
        actorId: actor.id,
        guard,
      }),
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'stage_not_advanced',
        key: `stage_not_advanced:${row.id}:${stage}`,
        recipients: teamsWithOutcome(row.id, stage, 'not_advanced'),
        challengeId: row.id,
        params: { title: row.title },
        actorId: actor.id,
        guard,
      }),
    ],
    // Last: the challenge opens again for the next stage, mirroring it (the stages trigger then
    // writes the same values back into that stage).
    db
      .update(challenges)
      .set({
        status: 'open',
        current_stage: stage + 1,
        deadline: following.deadline,
        evaluation_deadline: following.evaluation_deadline,
        min_evaluations: following.min_evaluations,
        share_feedback: following.share_feedback,
        version: row.version + 1,
      })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, row.version)))
      .returning({ id: challenges.id }),
  );
  if (updated.length === 0) {
    const current = await db
      .select({ version: challenges.version })
      .from(challenges)
      .where(eq(challenges.id, row.id))
      .get();
    throw staleVersion(row.version, current?.version);
  }
}
