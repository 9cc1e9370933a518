import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { questions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidState } from '../errors';
import { forgetQuestionText } from '../notifications/forget';
import { notify } from '../notifications/notify';
import { ownerOf, participantsOf } from '../notifications/recipients';
import { answerable, askable, type ChallengeStatus } from './lifecycle';
import type { ChallengeRecord } from './read';

const columns = (viewerId: string) => ({
  id: questions.id,
  body: questions.body,
  answer: questions.answer,
  asked_at: questions.created_at,
  answered_at: questions.answered_at,
  asked_by_me: sql<boolean>`${questions.author_id} = ${viewerId}`.mapWith(Boolean),
});

/** Visible questions of a challenge in the order asked, after the question `afterId`. */
export const listQuestions = (
  db: Database,
  challengeId: string,
  viewerId: string | null,
  limit: number,
  afterId?: string,
) =>
  db
    .select(columns(viewerId ?? ''))
    .from(questions)
    .where(
      and(
        eq(questions.challenge_id, challengeId),
        isNull(questions.hidden_at),
        afterId ? gt(questions.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(questions.id))
    .limit(limit);

function assertState(record: ChallengeRecord, open: (status: ChallengeStatus) => boolean, what: string, when: string) {
  const { status } = record.row;
  if (!open(status)) {
    throw invalidState(`Questions can be ${what} while the challenge is ${when}; it is ${status}.`, status);
  }
}

/** What a notification quotes of a question. */
export const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

/** Asks a question on an open challenge; its owner hears of it. */
export async function askQuestion(db: Database, actor: SignedIn, record: ChallengeRecord, body: string) {
  assertState(record, askable, 'asked', 'open');
  const id = uuidv7();
  const [question] = await batchEndingWith(
    db,
    [
      db.insert(questions).values({ id, challenge_id: record.row.id, author_id: actor.id, body }),
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'question_asked',
        key: `question_asked:${id}`,
        recipients: ownerOf(record.row.id),
        challengeId: record.row.id,
        params: { title: record.row.title, question: excerpt(body), question_id: id },
        actorId: actor.id,
      }),
    ],
    db.select(columns(actor.id)).from(questions).where(eq(questions.id, id)),
  );
  if (!question) throw new Error('The new question was not found right after it was written.');
  return question;
}

export async function answerQuestion(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  questionId: string,
  answer: string,
) {
  assertState(record, answerable, 'answered', 'open or evaluation');
  const where = and(
    eq(questions.id, questionId),
    eq(questions.challenge_id, record.row.id),
    isNull(questions.hidden_at),
  );
  const current = await db
    .select({ answer: questions.answer, body: questions.body })
    .from(questions)
    .where(where)
    .get();
  if (!current) throw new DomainError('not_found', 'There is no such question on this challenge.');
  const answeredAt = new Date().toISOString();
  const [question] = await batchEndingWith(
    db,
    [
      // Everyone taking part hears of an answer (and of a correction): all solvers get the same information.
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'question_answered',
        key: `question_answered:${questionId}:${answeredAt}`,
        recipients: participantsOf(record.row.id),
        challengeId: record.row.id,
        params: { title: record.row.title, question: excerpt(current.body), question_id: questionId },
        actorId: actor.id,
        guard: sql`EXISTS (SELECT 1 FROM ${questions} WHERE ${where})`,
      }),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'question.answer',
          entityType: 'question',
          entityId: questionId,
          clusterId: record.row.cluster_id,
          before: current.answer === null ? null : { answer: current.answer },
          after: { answer },
        },
        sql`EXISTS (SELECT 1 FROM ${questions} WHERE ${where})`,
      ),
      db.update(questions).set({ answer, answered_by: actor.id, answered_at: answeredAt }).where(where),
    ],
    db.select(columns(actor.id)).from(questions).where(where),
  );
  if (!question) throw new DomainError('not_found', 'There is no such question on this challenge.');
  return question;
}

/**
 * Hides a question (a sales pitch, reported or not) for everyone, whatever the challenge's state;
 * audited without what it said (hidden text is gone for everyone: the trail does not keep a copy;
 * the question's row keeps it for the cluster's moderators). A question already hidden, or not on
 * this challenge, is not found.
 */
export async function hideQuestion(db: Database, actor: SignedIn, record: ChallengeRecord, questionId: string) {
  const where = and(
    eq(questions.id, questionId),
    eq(questions.challenge_id, record.row.id),
    isNull(questions.hidden_at),
  );
  const current = await db.select({ id: questions.id }).from(questions).where(where).get();
  if (!current) throw new DomainError('not_found', 'There is no such question on this challenge.');
  const [hidden] = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'question.hide',
          entityType: 'question',
          entityId: questionId,
          clusterId: record.row.cluster_id,
          after: { hidden: true },
        },
        sql`EXISTS (SELECT 1 FROM ${questions} WHERE ${where})`,
      ),
      ...forgetQuestionText(db, questionId, sql`EXISTS (SELECT 1 FROM ${questions} WHERE ${where})`),
    ],
    db.update(questions).set({ hidden_at: new Date().toISOString() }).where(where).returning({ id: questions.id }),
  );
  // Someone else hid it between the read and the batch: it is gone either way.
  if (!hidden) throw new DomainError('not_found', 'There is no such question on this challenge.');
}
