import { z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { rankingCache } from '../../db/schema';
import { agreement } from './agreement';
import { normalisedScores } from './calibration';
import { countedEvaluations, weightedEvaluations } from './counted';
import { criteriaQuery, rankOrder } from './ranking';
import { keepPlaces } from './ranking-places';
import {
  type ReportFigures,
  ReportFiguresSchema,
  type ReportHead,
  ReportHeadSchema,
  reportFigures,
} from './report-figures';
import { type StageRef, stageOf } from './stage';

/**
 * The normalised ranking, the agreement figures and the evaluation report's figures read every
 * counted evaluation of a challenge (20 000 at 1 000 solutions × 20 jurors): too much for every
 * read of a ranking or a report. They are
 * computed once per `scores_version` (raised by triggers with every write that changes what
 * counts, migration 0010) and kept in `ranking_cache` until it moves again.
 */

export type AgreementFigures = ReturnType<typeof agreement>;

/**
 * The shape of what is kept. Raise it with any change to `normalisedScores`, `agreement()` or `reportFigures()`
 * (what they compute or how it is shaped): figures kept in an older format are stale, whatever
 * their version, and computed again by the next reader.
 */
const FIGURES_FORMAT = 1;
const KeptNormalised = z.object({ format: z.literal(FIGURES_FORMAT), z: z.record(z.string(), z.number()) });
const KeptAgreement = z.object({
  format: z.literal(FIGURES_FORMAT),
  figures: z.object({
    jurors: z.number(),
    overall: z.object({ alpha: z.number().nullable(), reading: z.string().nullable() }),
    criteria: z.array(z.object({ key: z.string(), label: z.string(), alpha: z.number().nullable() }).loose()),
    disputed: z.array(z.object({ solution_id: z.string(), spread: z.number() }).loose()),
  }),
});
const KeptReport = z.object({ format: z.literal(FIGURES_FORMAT), figures: ReportFiguresSchema });
const KeptReportHead = z.object({ format: z.literal(FIGURES_FORMAT), figures: ReportHeadSchema });

/** What is kept for a stage of a challenge (default: the current one), and whether it still holds; batchable (no row: nothing kept yet). */
export const rankingCacheOf = (db: Database, challengeId: string, stage?: StageRef) =>
  db
    .select({
      version: rankingCache.scores_version,
      normalised: rankingCache.normalised,
      normalised_version: rankingCache.normalised_version,
      agreement: rankingCache.agreement,
      agreement_version: rankingCache.agreement_version,
      report: rankingCache.report,
      report_version: rankingCache.report_version,
    })
    .from(rankingCache)
    .where(
      and(eq(rankingCache.challenge_id, challengeId), sql`${rankingCache.stage} = ${stageOf(challengeId, stage)}`),
    );

export type RankingCacheRow = Awaited<ReturnType<typeof rankingCacheOf>>[number];

/** The stage's current version, as one row in a batch (0 before anything counted changed). */
const versionNow = (db: Database, challengeId: string, stage: number) =>
  db
    .select({
      version: sql<number>`coalesce((SELECT ${rankingCache.scores_version} FROM ${rankingCache}
        WHERE ${rankingCache.challenge_id} = ${challengeId} AND ${rankingCache.stage} = ${stage}), 0)`.mapWith(Number),
    })
    .from(sql`(SELECT 1)`);

export interface RankingFigures {
  normalised: ReadonlyMap<string, number>;
  agreement: AgreementFigures | null;
  report: ReportFigures | null;
}

/** The agreement figures kept for `cached`'s version in the current format, or null (computed again by rankingFigures). */
export function keptAgreement(
  cached: Pick<RankingCacheRow, 'version' | 'agreement' | 'agreement_version'> | undefined,
) {
  if (!cached || cached.agreement_version !== cached.version) return null;
  const parsed = KeptAgreement.safeParse(cached.agreement);
  // Checked in shape above; its readings are the strings agreement() wrote.
  return parsed.success ? (parsed.data.figures as unknown as AgreementFigures) : null;
}

/**
 * The report's kept figures but the spreads (report-figures.ts `ReportHead`) for `cached`'s
 * version in the current format, or null (computed again by rankingFigures). Issue 17: a read of
 * the report takes these whole and only its page's spreads (report.ts `reportSpreads`).
 */
export function keptReportHead(
  cached: { version: number; report: unknown; report_version: number | null } | undefined,
): ReportHead | null {
  if (!cached || cached.report_version !== cached.version) return null;
  const parsed = KeptReportHead.safeParse(cached.report);
  return parsed.success ? parsed.data.figures : null;
}

/**
 * Per solution the mean of its jurors' z-scores, (when `withAgreement`) the agreement between
 * the jurors and (when `withReport`) the evaluation report's figures: what is kept while it
 * holds; what is not, computed in one more round trip from the counted evaluations and kept in
 * one batch (with the places of both methods when the normalised scores are new,
 * ranking-places.ts), unless the version moved on meanwhile (then it is
 * stale already and the next read computes again). A failure to keep it costs the next reader
 * time, not this one their answer: it is logged, not thrown. Per stage (issue 15): `stage` is the
 * one `cached` was read for.
 */
export async function rankingFigures(
  db: Database,
  challengeId: string,
  stage: number,
  // The ranking's pages read no report figures (ranking-places.ts `placesState`): none kept, for a reader who wants none.
  cached: (Omit<RankingCacheRow, 'report' | 'report_version'> & Partial<RankingCacheRow>) | undefined,
  withAgreement: boolean,
  withReport = false,
): Promise<RankingFigures> {
  // Kept at the current version and in the current format; anything else is computed again.
  const fresh = <T>(schema: z.ZodType<T>, value: unknown, at: number | null | undefined) => {
    if (!cached || at !== cached.version) return null;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const keptNormalised = fresh(KeptNormalised, cached?.normalised, cached?.normalised_version)?.z ?? null;
  const kept = withAgreement ? keptAgreement(cached) : null;
  const keptReport = withReport ? (fresh(KeptReport, cached?.report, cached?.report_version)?.figures ?? null) : null;
  const needAgreement = withAgreement && !kept;
  const needReport = withReport && !keptReport;
  if (keptNormalised && !needAgreement && !needReport) {
    return { normalised: new Map(Object.entries(keptNormalised)), agreement: kept, report: keptReport };
  }
  const [[now], weighted, criteria, counted, order] = await db.batch([
    versionNow(db, challengeId, stage),
    weightedEvaluations(db, challengeId, stage).limit(keptNormalised ? 0 : -1),
    criteriaQuery(db, challengeId, stage),
    countedEvaluations(db, challengeId, stage).limit(needAgreement || needReport ? -1 : 0),
    // The whole order, for the places of both methods kept with the normalised scores (ranking-places.ts).
    rankOrder(db, challengeId, stage).limit(keptNormalised ? 0 : -1),
  ]);
  const version = now?.version ?? 0;
  const normalised = keptNormalised ? new Map(Object.entries(keptNormalised)) : normalisedScores(weighted);
  // The units are the solutions with a counted score: one without any adds nothing to alpha.
  const figures = needAgreement ? agreement(counted, criteria, [...new Set(counted.map((e) => e.solution_id))]) : kept;
  const report = needReport ? reportFigures(counted, criteria) : keptReport;
  const stamped = {
    ...(keptNormalised
      ? {}
      : { normalised: { format: FIGURES_FORMAT, z: Object.fromEntries(normalised) }, normalised_version: version }),
    ...(needAgreement ? { agreement: { format: FIGURES_FORMAT, figures }, agreement_version: version } : {}),
    ...(needReport ? { report: { format: FIGURES_FORMAT, figures: report }, report_version: version } : {}),
  };
  const keep = db
    .insert(rankingCache)
    .values({ challenge_id: challengeId, stage, scores_version: version, ...stamped })
    .onConflictDoUpdate({
      target: [rankingCache.challenge_id, rankingCache.stage],
      set: stamped,
      setWhere: sql`${rankingCache.scores_version} = ${version}`,
    });
  try {
    // The places of both methods go with the normalised scores they come from: kept at the same version, or neither.
    if (keptNormalised) await keep;
    else await db.batch([keep, ...keepPlaces(db, challengeId, stage, version, order, normalised)]);
  } catch (error) {
    console.warn(
      `Could not keep the ranking figures of challenge ${challengeId} stage ${stage} at version ${version}:`,
      error,
    );
  }
  return { normalised, agreement: figures, report };
}
