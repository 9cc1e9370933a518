import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges } from '../../db/schema';
import { criteriaQuery } from '../evaluation/ranking';

/**
 * What a solution's pages show of its challenge: title, language, blind review and the weighted
 * criteria; one round trip. (The solution page reads the same from its own batch: page-reads.ts.)
 */
export async function challengeContext(db: Database, challengeId: string) {
  const [rows, criteria] = await db.batch([
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
  ]);
  const challenge = rows[0];
  if (!challenge) throw new Error(`Challenge ${challengeId} of a loaded solution is missing.`);
  return { ...challenge, criteria };
}

export type ChallengeContext = Awaited<ReturnType<typeof challengeContext>>;
