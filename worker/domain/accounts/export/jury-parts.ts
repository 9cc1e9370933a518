import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  conflictDeclarations,
  decisionOverrides,
  evaluationDrafts,
  evaluations,
  evaluatorAssignments,
  juryProgress,
} from '../../../db/schema';
import { jsonRow, listPart, type Parts } from './json-rows';

/** Their jury seats with the seat's progress, scores, drafts, conflict declarations and the winners they explained. */
export const juryParts = (db: Database, me: string): Parts => ({
  jury_seats: listPart(
    db,
    'jury_seats',
    db
      .select(
        jsonRow(
          {
            challenge_id: evaluatorAssignments.challenge_id,
            stage: evaluatorAssignments.stage,
            created_at: evaluatorAssignments.created_at,
            // The seat's progress as the jury page shows it (issue 17: jury_progress, which goes with the seat).
            declared: sql`coalesce(${juryProgress.declared}, 0)`,
            conflicts: sql`coalesce(${juryProgress.conflicts}, 0)`,
            scored: sql`coalesce(${juryProgress.scored}, 0)`,
          },
          asc(evaluatorAssignments.created_at),
        ),
      )
      .from(evaluatorAssignments)
      .leftJoin(
        juryProgress,
        and(
          eq(juryProgress.challenge_id, evaluatorAssignments.challenge_id),
          eq(juryProgress.stage, evaluatorAssignments.stage),
          eq(juryProgress.user_id, evaluatorAssignments.user_id),
        ),
      )
      .where(eq(evaluatorAssignments.user_id, me)),
  ),
  scores: listPart(
    db,
    'scores',
    db
      .select(
        jsonRow(
          {
            solution_id: evaluations.solution_id,
            stage: evaluations.stage,
            scores: evaluations.scores,
            comment: evaluations.comment,
            created_at: evaluations.created_at,
            updated_at: evaluations.updated_at,
          },
          asc(evaluations.created_at),
        ),
      )
      .from(evaluations)
      .where(eq(evaluations.evaluator_id, me)),
  ),
  score_drafts: listPart(
    db,
    'score_drafts',
    db
      .select(
        jsonRow(
          {
            solution_id: evaluationDrafts.solution_id,
            stage: evaluationDrafts.stage,
            scores: evaluationDrafts.scores,
            comment: evaluationDrafts.comment,
            updated_at: evaluationDrafts.updated_at,
          },
          asc(evaluationDrafts.updated_at),
        ),
      )
      .from(evaluationDrafts)
      .where(eq(evaluationDrafts.evaluator_id, me)),
  ),
  conflict_declarations: listPart(
    db,
    'conflict_declarations',
    db
      .select(
        jsonRow(
          {
            solution_id: conflictDeclarations.solution_id,
            stage: conflictDeclarations.stage,
            conflict: conflictDeclarations.conflict,
            note: conflictDeclarations.note,
            declared_at: conflictDeclarations.declared_at,
            automatic: conflictDeclarations.automatic,
            reason: conflictDeclarations.reason,
          },
          asc(conflictDeclarations.declared_at),
        ),
      )
      .from(conflictDeclarations)
      .where(eq(conflictDeclarations.evaluator_id, me)),
  ),
  decision_overrides: listPart(
    db,
    'decision_overrides',
    db
      .select(
        jsonRow(
          {
            challenge_id: decisionOverrides.challenge_id,
            solution_id: decisionOverrides.solution_id,
            note: decisionOverrides.note,
            created_at: decisionOverrides.created_at,
          },
          asc(decisionOverrides.created_at),
        ),
      )
      .from(decisionOverrides)
      .where(eq(decisionOverrides.decided_by, me)),
  ),
});
