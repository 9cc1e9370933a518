import { asc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  attachments,
  cooperationMilestones,
  solutionMembers,
  solutionStages,
  solutions,
  stageSlots,
  termsAcceptances,
} from '../../../db/schema';
import { milestoneFields } from '../../cooperations/read';
import { jsonRow, jsonTruth, listPart, type Parts } from './json-rows';

/**
 * Their solutions in full, where they stand in each stage (issue 15), their teams and terms (issue
 * 14), the files they attached (not their bytes) and the cooperation milestones they recorded.
 */
export const solutionParts = (db: Database, me: string): Parts => {
  const mine = db.select({ id: solutions.id }).from(solutions).where(eq(solutions.submitter_id, me));
  return {
    solutions: listPart(
      db,
      'solutions',
      db
        .select(jsonRow(getTableColumns(solutions), asc(solutions.created_at)))
        .from(solutions)
        .where(eq(solutions.submitter_id, me)),
    ),
    // Where their solutions stand in each stage, with pitch slots (solutions_submitter_idx, then the keys).
    solution_stages: listPart(
      db,
      'solution_stages',
      db
        .select(
          jsonRow(
            {
              solution_id: solutionStages.solution_id,
              stage: solutionStages.stage,
              submitted_at: solutionStages.submitted_at,
              snapshot: solutionStages.snapshot,
              outcome: solutionStages.outcome,
              outcome_at: solutionStages.outcome_at,
              feedback_shared: solutionStages.feedback_shared,
            },
            asc(solutionStages.solution_id),
            asc(solutionStages.stage),
          ),
        )
        .from(solutionStages)
        .where(inArray(solutionStages.solution_id, mine)),
    ),
    stage_slots: listPart(
      db,
      'stage_slots',
      db
        .select(
          jsonRow(
            {
              solution_id: stageSlots.solution_id,
              stage: stageSlots.stage,
              starts_at: stageSlots.starts_at,
              ends_at: stageSlots.ends_at,
              location: stageSlots.location,
            },
            asc(stageSlots.solution_id),
            asc(stageSlots.stage),
          ),
        )
        .from(stageSlots)
        .where(inArray(stageSlots.solution_id, mine)),
    ),
    // The teams they are on (issue 14), their own solutions' included (solution_members_user_idx).
    team_memberships: listPart(
      db,
      'team_memberships',
      db
        .select(
          jsonRow(
            {
              solution_id: solutionMembers.solution_id,
              role: solutionMembers.role,
              organization_name: solutionMembers.organization_name,
              added_at: solutionMembers.added_at,
            },
            asc(solutionMembers.added_at),
          ),
        )
        .from(solutionMembers)
        .where(eq(solutionMembers.user_id, me)),
    ),
    attachments: listPart(
      db,
      'attachments',
      db
        .select(
          jsonRow(
            {
              id: attachments.id,
              solution_id: attachments.solution_id,
              challenge_id: attachments.challenge_id,
              filename: attachments.filename,
              content_type: attachments.content_type,
              size: attachments.size,
              created_at: attachments.created_at,
              deleted_at: attachments.deleted_at,
            },
            asc(attachments.id),
          ),
        )
        .from(attachments)
        .where(eq(attachments.uploaded_by, me)),
    ),
    // The terms they accepted on a solution (issue 14): which version, when (terms_acceptances_user_idx).
    terms_acceptances: listPart(
      db,
      'terms_acceptances',
      db
        .select(
          jsonRow(
            {
              solution_id: termsAcceptances.solution_id,
              challenge_id: termsAcceptances.challenge_id,
              version: termsAcceptances.version,
              accepted_at: termsAcceptances.accepted_at,
            },
            asc(termsAcceptances.accepted_at),
          ),
        )
        .from(termsAcceptances)
        .where(eq(termsAcceptances.user_id, me)),
    ),
  };
};

/** Milestones of cooperations they recorded or last changed (issue 15), by either index. */
export const milestoneParts = (db: Database, me: string): Parts => ({
  cooperation_milestones: listPart(
    db,
    'cooperation_milestones',
    db
      .select(
        jsonRow(
          {
            ...milestoneFields,
            cooperation_id: cooperationMilestones.cooperation_id,
            created_at: cooperationMilestones.created_at,
            recorded_by_you: jsonTruth(sql`${cooperationMilestones.created_by} = ${me}`),
            last_changed_by_you: jsonTruth(sql`${cooperationMilestones.updated_by} = ${me}`),
          },
          asc(cooperationMilestones.created_at),
        ),
      )
      .from(cooperationMilestones)
      .where(or(eq(cooperationMilestones.created_by, me), eq(cooperationMilestones.updated_by, me))),
  ),
});
