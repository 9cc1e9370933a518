import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges } from '../../db/schema';
import { criteriaQuery } from '../evaluation/ranking';

/** The queries of `challengeContext`, for a page that batches them with more. */
export const challengeContextQueries = (db: Database, challengeId: string) =>
  [
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        language: challenges.language,
        blind_review: challenges.blind_review,
      })
      .from(challenges)
      .where(eq(challenges.id, challengeId)),
    criteriaQuery(db, challengeId),
  ] as const;

/** What a solution page shows of its challenge: title, language, blind review and the weighted criteria; one round trip. */
export async function challengeContext(db: Database, challengeId: string) {
  const [rows, criteria] = await db.batch([...challengeContextQueries(db, challengeId)]);
  return shapeChallengeContext(challengeId, rows, criteria);
}

type ContextRows = [
  Awaited<ReturnType<typeof challengeContextQueries>[0]>,
  Awaited<ReturnType<typeof challengeContextQueries>[1]>,
];

/** The rows of `challengeContextQueries` as the context. */
export function shapeChallengeContext(challengeId: string, rows: ContextRows[0], criteria: ContextRows[1]) {
  const challenge = rows[0];
  if (!challenge) throw new Error(`Challenge ${challengeId} of a loaded solution is missing.`);
  return { ...challenge, criteria };
}

export type ChallengeContext = Awaited<ReturnType<typeof challengeContext>>;
