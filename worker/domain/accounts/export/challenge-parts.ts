import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  calls,
  challengeCriteria,
  challengeStages,
  challenges,
  challengeTags,
  endorsements,
  questions,
} from '../../../db/schema';
import { jsonArrayOf, jsonObject, jsonRow, listPart, type Parts } from './json-rows';

const { seq: _seq, listed: _listed, ...challengeColumns } = getTableColumns(challenges);
const { challenge_id: _challenge, ...stageColumns } = getTableColumns(challengeStages);

/**
 * The challenges they own, each with its criteria, tags and stages (by their primary keys) and only
 * the number of solutions it received; their questions and answers, endorsements and calls.
 */
export const challengeParts = (db: Database, me: string): Parts => {
  const owned = db.select({ id: challenges.id }).from(challenges).where(eq(challenges.owner_id, me));
  return {
    challenges: listPart(
      db,
      'challenges',
      db
        .select(
          jsonRow(
            {
              ...challengeColumns,
              // Spelled out: a column alone would lose its table inside the subquery and match the solution's own id.
              solutions_received: sql`(SELECT count(*) FROM "solutions"
                WHERE "solutions"."challenge_id" = "challenges"."id" AND "solutions"."status" <> 'draft')`,
              criteria: jsonArrayOf(sql`SELECT json_group_array(${jsonObject({
                key: challengeCriteria.key,
                label: challengeCriteria.label,
                description: challengeCriteria.description,
                weight: challengeCriteria.weight,
                position: challengeCriteria.position,
                stage: challengeCriteria.stage,
              })} ORDER BY ${challengeCriteria.position})
                FROM ${challengeCriteria} WHERE ${challengeCriteria.challenge_id} = ${challenges.id}`),
              tags: jsonArrayOf(sql`SELECT json_group_array(${challengeTags.tag} ORDER BY ${challengeTags.tag})
                FROM ${challengeTags} WHERE ${challengeTags.challenge_id} = ${challenges.id}`),
              stages:
                jsonArrayOf(sql`SELECT json_group_array(${jsonObject(stageColumns)} ORDER BY ${challengeStages.stage})
                FROM ${challengeStages} WHERE ${challengeStages.challenge_id} = ${challenges.id}`),
            },
            asc(challenges.id),
          ),
        )
        .from(challenges)
        .where(eq(challenges.owner_id, me)),
    ),
    questions_asked: listPart(
      db,
      'questions_asked',
      db
        .select(
          jsonRow(
            {
              id: questions.id,
              challenge_id: questions.challenge_id,
              body: questions.body,
              answer: questions.answer,
              answered_at: questions.answered_at,
              hidden_at: questions.hidden_at,
              created_at: questions.created_at,
            },
            asc(questions.created_at),
          ),
        )
        .from(questions)
        .where(eq(questions.author_id, me)),
    ),
    answers_given: listPart(
      db,
      'answers_given',
      db
        .select(
          jsonRow(
            {
              id: questions.id,
              challenge_id: questions.challenge_id,
              // The asker's text, unless it was hidden: then it is gone for everyone but its author.
              question: sql`CASE WHEN ${questions.hidden_at} IS NULL THEN ${questions.body} END`,
              answer: questions.answer,
              answered_at: questions.answered_at,
              hidden_at: questions.hidden_at,
            },
            asc(questions.answered_at),
          ),
        )
        .from(questions)
        // Only a challenge's owner answers its questions: found through their challenges, by an index.
        .where(and(inArray(questions.challenge_id, owned), eq(questions.answered_by, me))),
    ),
    endorsements: listPart(
      db,
      'endorsements',
      db
        .select(
          jsonRow(
            { challenge_id: endorsements.challenge_id, created_at: endorsements.created_at },
            asc(endorsements.created_at),
          ),
        )
        .from(endorsements)
        .where(eq(endorsements.user_id, me)),
    ),
  };
};

/** The calls they created (issue 15), by calls_created_by_idx. */
export const callParts = (db: Database, me: string): Parts => ({
  calls_created: listPart(
    db,
    'calls_created',
    db
      .select(
        jsonRow(
          {
            id: calls.id,
            title: calls.title,
            status: calls.status,
            created_at: calls.created_at,
            updated_at: calls.updated_at,
          },
          asc(calls.id),
        ),
      )
      .from(calls)
      .where(eq(calls.created_by, me)),
  ),
});
