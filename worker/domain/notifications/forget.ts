import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { emailOutbox, notifications, questions, webhookDeliveries } from '../../db/schema';

const QUESTION_KINDS = ['question_asked', 'question_answered'] as const;

/**
 * Hidden means gone for everyone: the notifications, the emails not yet sent and the webhook
 * payloads (logged, redeliverable, maybe still retrying) that quote a question lose its text once it
 * is hidden (the line stays, saying the question was hidden).
 * Emails already sent cannot be called back; a digest already composed goes out as composed.
 * Statements for the batch that hides it; `guard`, when given, must hold for them to change anything
 * (the batch's own condition, e.g. that the report is still open).
 */
export function forgetQuestionText(db: Database, questionId: string, guard?: SQL) {
  const quoting = sql`json_extract(params, '$.question_id') = ${questionId}`;
  return [
    db
      .update(notifications)
      .set({ params: sql`json_set(${notifications.params}, '$.question', NULL)` })
      .where(
        and(
          // notifications_challenge_kind_idx: the lines of this question's challenge only.
          eq(
            notifications.challenge_id,
            sql`(SELECT ${questions.challenge_id} FROM ${questions} WHERE ${questions.id} = ${questionId})`,
          ),
          inArray(notifications.kind, QUESTION_KINDS),
          quoting,
          guard,
        ),
      ),
    db
      .update(emailOutbox)
      .set({ params: sql`json_set(${emailOutbox.params}, '$.question', NULL)` })
      .where(and(eq(emailOutbox.status, 'pending'), inArray(emailOutbox.kind, QUESTION_KINDS), quoting, guard)),
    db
      .update(webhookDeliveries)
      .set({ payload: sql`json_set(${webhookDeliveries.payload}, '$.data.question', NULL)` })
      .where(
        and(
          // webhook_deliveries_subject_idx: this question's challenge's answered questions only.
          eq(
            webhookDeliveries.subject_id,
            sql`(SELECT ${questions.challenge_id} FROM ${questions} WHERE ${questions.id} = ${questionId})`,
          ),
          eq(webhookDeliveries.type, 'question.answered'),
          sql`json_extract(${webhookDeliveries.payload}, '$.data.question_id') = ${questionId}`,
          guard,
        ),
      ),
  ];
}
