import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { solutions } from '../../db/schema';
import { type StageRef, stageOf } from './stage';

/**
 * The titles of the solutions the kept agreement figures call disputed (at most 10), as a guess
 * made before knowing whether the figures still hold: by primary key, without ranking the
 * challenge (issue 17: the agreement reads no more than it shows); batchable.
 */
export const disputedTitles = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({ solution_id: solutions.id, title: solutions.title })
    .from(solutions)
    .where(
      sql`${solutions.id} IN (SELECT json_extract(j.value, '$.solution_id') FROM ranking_cache rc,
        json_each(rc.agreement, '$.figures.disputed') j
        WHERE rc.challenge_id = ${challengeId} AND rc.stage = ${stageOf(challengeId, stage)})
        AND ${solutions.challenge_id} = ${challengeId}`,
    );

/** The titles of some solutions of a challenge (disputed ones the guess missed); batchable. */
export const titlesOf = (db: Database, challengeId: string, ids: readonly string[]) =>
  db
    .select({ solution_id: solutions.id, title: solutions.title })
    .from(solutions)
    .where(sql`${inArray(solutions.id, [...ids])} AND ${solutions.challenge_id} = ${challengeId}`);
