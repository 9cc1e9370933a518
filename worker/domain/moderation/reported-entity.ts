import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { REPORT_ENTITY_TYPES } from '../../db/enums';
import { challenges, questions, solutions } from '../../db/schema';
import { challengeFactColumns } from '../solutions/read';

export type EntityType = (typeof REPORT_ENTITY_TYPES)[number];

/** The challenge a reported challenge or question belongs to, and whether the thing is hidden; one query. */
export async function findReportedEntity(db: Database, type: Exclude<EntityType, 'solution'>, id: string) {
  switch (type) {
    case 'challenge':
      return db
        .select({ challenge: challengeFactColumns, title: challenges.title, hidden_at: challenges.hidden_at })
        .from(challenges)
        .where(eq(challenges.id, id))
        .get();
    case 'question':
      return db
        .select({ challenge: challengeFactColumns, title: challenges.title, hidden_at: questions.hidden_at })
        .from(questions)
        .innerJoin(challenges, eq(challenges.id, questions.challenge_id))
        .where(eq(questions.id, id))
        .get();
  }
}

/** What a `hide` resolution hides, by the kind of thing reported. */
export const HIDEABLE = { challenge: challenges, question: questions, solution: solutions } as const;
