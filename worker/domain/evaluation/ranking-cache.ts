import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { rankingCache } from '../../db/schema';
import { agreement } from './agreement';
import { normalisedScores } from './calibration';
import { countedEvaluations, weightedEvaluations } from './counted';
import { criteriaQuery } from './ranking';

/**
 * The normalised ranking and the agreement figures read every counted evaluation of a challenge
 * (20 000 at 1 000 solutions × 20 jurors): too much for every read of a ranking. They are
 * computed once per `scores_version` (raised by triggers with every write that changes what
 * counts, migration 0010) and kept in `ranking_cache` until it moves again.
 */

export type AgreementFigures = ReturnType<typeof agreement>;

/** What is kept for a challenge, and whether it still holds; batchable (no row: nothing kept yet). */
export const rankingCacheOf = (db: Database, challengeId: string) =>
  db
    .select({
      version: rankingCache.scores_version,
      normalised: rankingCache.normalised,
      normalised_version: rankingCache.normalised_version,
      agreement: rankingCache.agreement,
      agreement_version: rankingCache.agreement_version,
    })
    .from(rankingCache)
    .where(eq(rankingCache.challenge_id, challengeId));

export type RankingCacheRow = Awaited<ReturnType<typeof rankingCacheOf>>[number];

/** The challenge's current version, as one row in a batch (0 before anything counted changed). */
const versionNow = (db: Database, challengeId: string) =>
  db
    .select({
      version: sql<number>`coalesce((SELECT ${rankingCache.scores_version} FROM ${rankingCache}
        WHERE ${rankingCache.challenge_id} = ${challengeId}), 0)`.mapWith(Number),
    })
    .from(sql`(SELECT 1)`);

export interface RankingFigures {
  normalised: ReadonlyMap<string, number>;
  agreement: AgreementFigures | null;
}

/**
 * Per solution the mean of its jurors' z-scores, and (when `withAgreement`) the agreement between
 * the jurors: what is kept while it holds; what is not, computed in one more round trip from the
 * counted evaluations and kept in one statement, unless the version moved on meanwhile (then it is
 * stale already and the next read computes again). A failure to keep it costs the next reader
 * time, not this one their answer: it is logged, not thrown.
 */
export async function rankingFigures(
  db: Database,
  challengeId: string,
  cached: RankingCacheRow | undefined,
  withAgreement: boolean,
): Promise<RankingFigures> {
  const fresh = <T>(value: T | null | undefined, at: number | null | undefined) =>
    value && cached && at === cached.version ? value : null;
  const keptNormalised = fresh(cached?.normalised, cached?.normalised_version);
  const keptAgreement = withAgreement ? fresh(cached?.agreement as AgreementFigures, cached?.agreement_version) : null;
  const needAgreement = withAgreement && !keptAgreement;
  if (keptNormalised && !needAgreement) {
    return { normalised: new Map(Object.entries(keptNormalised)), agreement: keptAgreement };
  }
  const [[now], weighted, criteria, counted] = await db.batch([
    versionNow(db, challengeId),
    weightedEvaluations(db, challengeId).limit(keptNormalised ? 0 : -1),
    criteriaQuery(db, challengeId),
    countedEvaluations(db, challengeId).limit(needAgreement ? -1 : 0),
  ]);
  const version = now?.version ?? 0;
  const normalised = keptNormalised ? new Map(Object.entries(keptNormalised)) : normalisedScores(weighted);
  // The units are the solutions with a counted score: one without any adds nothing to alpha.
  const figures = needAgreement
    ? agreement(counted, criteria, [...new Set(counted.map((e) => e.solution_id))])
    : keptAgreement;
  const stamped = {
    ...(keptNormalised ? {} : { normalised: Object.fromEntries(normalised), normalised_version: version }),
    ...(needAgreement ? { agreement: figures, agreement_version: version } : {}),
  };
  try {
    await db
      .insert(rankingCache)
      .values({ challenge_id: challengeId, scores_version: version, ...stamped })
      .onConflictDoUpdate({
        target: rankingCache.challenge_id,
        set: stamped,
        setWhere: sql`${rankingCache.scores_version} = ${version}`,
      });
  } catch (error) {
    console.warn(`Could not keep the ranking figures of challenge ${challengeId} at version ${version}:`, error);
  }
  return { normalised, agreement: figures };
}
