import type { Database } from '../db/client';
import type { Actor } from '../domain/actor';
import { type ChallengeRecord, challengeQuery } from '../domain/challenges/read';
import { titlesOf } from '../domain/evaluation/disputed';
import type { Ranking } from '../domain/evaluation/evaluation.view';
import { juryStagesOf } from '../domain/evaluation/jury';
import { jurySeat, seatProgress } from '../domain/evaluation/jury-progress';
import { criteriaQuery, decodeCursor, type RankingQuality, stageMinimum } from '../domain/evaluation/ranking';
import { keptAgreement, keptReportHead, rankingFigures } from '../domain/evaluation/ranking-cache';
import { placesHold, placesReads, shapePlaces } from '../domain/evaluation/ranking-places';
import {
  overridesAmong,
  reportComments,
  reportConflicts,
  reportJurors,
  reportOutcomes,
  reportRows,
  reportSpreads,
  reportState,
  shapeReport,
} from '../domain/evaluation/report';
import type { EvaluationReport } from '../domain/evaluation/report.view';
import { reachedStage } from '../domain/stages/read';
import { decide, refusal } from '../policy/policy';
import { visibleChallenge } from './challenges';
import { shapeAgreement } from './evaluation';

type Criteria = Extract<Ranking, { view: 'full' }>['criteria'];

/**
 * The reads of one page of the report's ranking and of what is read whole with it, batchable:
 * what is kept (and whether it holds), the page of the kept places after the weighted rank
 * `after` with their spreads, the top places of both methods, the disputed solutions' titles,
 * the comments and the outcomes. Nothing here reads every solution of the challenge (issue 17).
 */
function pageReads(db: Database, id: string, stage: number | undefined, after: number, limit: number) {
  const read = { method: 'weighted' as const, after, limit, hiddenFor: '', withAgreement: true };
  // The places' totals come from the tallies (reportState `running`, the outcomes), not a count of the places.
  const [page, , top, disputed] = placesReads(db, id, stage, read);
  return [
    reportState(db, id, stage),
    page,
    top,
    disputed,
    reportSpreads(db, id, after, limit + 1, stage),
    reportComments(db, id, stage),
    reportOutcomes(db, id, stage),
  ] as const;
}

/** What continues the report's ranking past its first page (the CSV reads it a chunk at a time). */
interface Continued {
  /**
   * `limit` rows of the ranking from `cursor` (a `ranking_next`) and the cursor after them (null
   * on the last); an error when what counts changed since the first page (the places renumbered).
   */
  rows(cursor: string, limit: number): Promise<{ rows: EvaluationReport['ranking']; next: string | null }>;
}

/**
 * The evaluation report, for those who manage the jury once the challenge is in evaluation or
 * decided (`report.read`); anyone else gets the policy's refusal (404 when the challenge is not
 * visible to them). Per stage (issue 15): the current one unless `stage` names another; a stage
 * already advanced keeps its report. Issue 17: the ranking (and its criteria) comes a page at a
 * time (after the weighted rank of `cursor`, `limit` entries) from the kept places
 * (ranking-places.ts); spreads, distribution and the jurors' means are kept with the agreement
 * (report-figures.ts). One round trip while what is kept holds; after a change of what counts,
 * the first reader computes it again (rankingFigures) and reads its page once more. `more` reads
 * the following rows of the same ranking (the CSV, a chunk at a time).
 */
export async function loadEvaluationReport(
  db: Database,
  actor: Actor,
  id: string,
  stage: number | undefined,
  page: { cursor?: string; limit: number },
): Promise<{
  challenge: ChallengeRecord;
  jury: ReturnType<typeof jurySeat>;
  report: EvaluationReport;
  more: Continued;
}> {
  const after = decodeCursor(page.cursor)?.after ?? 0;
  const viewer = actor.type === 'user' ? actor.id : '';
  const [challenges, criteriaRows, progress, seats, minimum, jurors, conflicts, ...guess] = await db.batch([
    challengeQuery(db, id, viewer || null),
    criteriaQuery(db, id, stage),
    seatProgress(db, id, viewer, stage),
    juryStagesOf(db, id, viewer),
    stageMinimum(db, id, stage),
    reportJurors(db, id, stage),
    reportConflicts(db, id, stage),
    ...pageReads(db, id, stage, after, page.limit),
  ]);
  const challenge = visibleChallenge(actor, challenges[0]);
  reachedStage(stage, challenge.row.current_stage);
  const facts = {
    challenge: challenge.row,
    stage: stage ?? challenge.row.current_stage,
    juryStages: seats.map((s) => s.stage),
    jury: jurySeat(progress[0]),
    competing: Boolean(challenge.has_my_solutions),
  };
  const decision = decide(actor, 'report.read', facts);
  if (!decision.allow) throw refusal(decision);

  // What is kept holds while nothing that counts changed; otherwise it is computed again and kept
  // (rankingFigures: the report's figures only when theirs are stale), and the page read once more.
  const cached = guess[0][0];
  const head = keptReportHead(cached);
  const kept = placesHold(cached) && keptAgreement(cached) && head;
  const computed = kept ? null : await rankingFigures(db, id, facts.stage, cached, true, !head);
  const [state, places, top, disputed, spreads, commented, outcomes] = computed
    ? await db.batch(pageReads(db, id, stage, after, page.limit))
    : guess;
  const agreement = computed?.agreement ?? keptAgreement(state[0]);
  const figures = computed?.report ?? head ?? keptReportHead(state[0]);
  if (!agreement || !figures) throw new Error(`The report of challenge ${id} was not shaped.`);
  // Spreads computed just now are at hand; kept ones come a page at a time.
  const spreadsOf = (rows: typeof spreads) =>
    computed?.report
      ? new Map(Object.entries(computed.report.spreads))
      : new Map(rows.map((r) => [r.solution_id, r.spreads]));

  const quality: Omit<RankingQuality, 'normalised'> = {
    method: 'weighted',
    minEvaluations: minimum[0]?.min_evaluations ?? challenge.row.min_evaluations,
    overrides: overridesAmong(outcomes),
  };
  const named = outcomes.filter((o) => o.status === 'winner' || o.status === 'shortlisted').length;
  const totals = [{ total: state[0]?.running ?? 0, outcomes: named }];
  const shaped = (rows: typeof places, chunk: number) =>
    shapePlaces(id, criteriaRows as Criteria, [rows, totals, top, []], { limit: chunk }, quality);
  const ranking = shaped(places, page.limit);

  // Figures computed afresh may call other solutions disputed than the kept ones named.
  const known = new Set(disputed.map((r) => r.solution_id));
  const missing = agreement.disputed.map((d) => d.solution_id).filter((s) => !known.has(s));
  const titles = missing.length ? [...disputed, ...(await titlesOf(db, id, missing))] : disputed;
  const { row } = challenge;
  const report = shapeReport(
    {
      id,
      title: row.title,
      status: row.status,
      decided_at: row.decided_at,
      decision_note: row.decided_at !== null ? row.decision_note : null,
    },
    { page: ranking, spreads: spreadsOf(spreads) },
    shapeAgreement(id, agreement, titles, new Set()),
    figures,
    commented,
    jurors,
    conflicts,
    outcomes,
  );

  const version = state[0]?.version;
  const more: Continued = {
    async rows(cursor, limit) {
      const from = decodeCursor(cursor)?.after ?? 0;
      const [now, rows, chunkSpreads] = await db.batch([
        reportState(db, id, stage),
        placesReads(db, id, stage, { method: 'weighted', after: from, limit, hiddenFor: '', withAgreement: false })[0],
        reportSpreads(db, id, from, limit + 1, stage),
      ]);
      // A change of what counts between two chunks renumbers the places: the rows would repeat or go missing.
      if (now[0]?.version !== version || !placesHold(now[0])) {
        throw new Error(`The ranking of challenge ${id} changed while its report was read; read it again.`);
      }
      const chunk = shaped(rows, limit);
      const shown = reportRows({ page: chunk, spreads: spreadsOf(chunkSpreads) }, figures.keys);
      return { rows: shown, next: chunk.next ?? null };
    },
  };
  return { challenge, jury: facts.jury, report, more };
}
