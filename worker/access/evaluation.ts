import type { Database } from '../db/client';
import type { Actor, SignedIn } from '../domain/actor';
import { challengeQuery } from '../domain/challenges/read';
import { DomainError, notVisible } from '../domain/errors';
import { AGREEMENT_NOTE } from '../domain/evaluation/agreement';
import type { RankingMethod } from '../domain/evaluation/calibration';
import {
  type DeclarationRow,
  declarationCursor,
  declarationList,
  declarationPage,
} from '../domain/evaluation/conflicts';
import { overridesOf } from '../domain/evaluation/counted';
import type { CoverageRow } from '../domain/evaluation/coverage';
import { disputedTitles, titlesOf } from '../domain/evaluation/disputed';
import { type Agreement, RANKING_PAGE, type Ranking } from '../domain/evaluation/evaluation.view';
import { juryStagesOf } from '../domain/evaluation/jury';
import { conflictsOf, declarationProgress, jurySeat, seatProgress } from '../domain/evaluation/jury-progress';
import { criteriaQuery, decodeCursor, publicRows, shapeRanking, stageMinimum } from '../domain/evaluation/ranking';
import { type AgreementFigures, keptAgreement, rankingFigures } from '../domain/evaluation/ranking-cache';
import {
  type PlacesRead,
  type PlacesRows,
  placesHold,
  placesReads,
  placesState,
  shapePlaces,
} from '../domain/evaluation/ranking-places';
import { type ScoreSheetRows, scoreSheetQueries } from '../domain/evaluation/scoring';
import { declarationOpen } from '../domain/solutions/lifecycle';
import { solutionQuery, toSolutionRecord } from '../domain/solutions/read';
import { reachedStage } from '../domain/stages/read';
import type { Decision } from '../policy/decisions';
import { authorizeUser, can, decide, refusal, requireUser } from '../policy/policy';
import type { SolutionFacts } from '../policy/resources';
import { visibleChallenge } from './challenges';
import { solutionFacts, solutionPageFor } from './solutions';

/**
 * The ranking a viewer may see, read in one round trip: the full one for owners, moderators and
 * jury members who scored everything they may (never with the solutions they declared a conflict
 * on); the public results after the decision; otherwise none, with the policy's reason (`full`).
 * Those who manage the jury also get how much of it stands behind each score (`coverage`).
 * 404 when the challenge does not exist or is not visible to the viewer. Per stage (issue 15):
 * the challenge's current one unless `stage` names another; the jury facts are that stage's.
 * Issue 17: the full ranking is one page of its kept places (ranking-places.ts), read in the same
 * round trip while they hold; after a change of what counts, the first reader computes them again
 * (rankingFigures) and reads its page once more.
 */
export async function loadRanking(
  db: Database,
  actor: Actor,
  id: string,
  method: RankingMethod = 'weighted',
  {
    withAgreement = false,
    stage,
    cursor,
    limit = RANKING_PAGE,
  }: { withAgreement?: boolean; stage?: number; cursor?: string; limit?: number } = {},
) {
  const from = decodeCursor(cursor);
  if (cursor !== undefined && from?.method !== method) {
    throw new DomainError(
      'validation_failed',
      `The cursor ${cursor} does not continue the ${method} ranking: follow the "next" of a page read with the same method.`,
    );
  }
  const viewer = actor.type === 'user' ? actor.id : '';
  // A guess made before anything is known about the viewer: their conflicts are hidden (a jury member's).
  const read: PlacesRead = { method, after: from?.after ?? 0, limit, hiddenFor: viewer, withAgreement };
  const [challenges, criteriaRows, cache, shown, progress, conflicts, overrides, seats, minimum, ...guess] =
    await db.batch([
      challengeQuery(db, id, viewer || null),
      criteriaQuery(db, id, stage),
      placesState(db, id, stage, withAgreement),
      publicRows(db, id, stage),
      seatProgress(db, id, viewer, stage),
      conflictsOf(db, id, viewer, stage),
      overridesOf(db, id),
      juryStagesOf(db, id, viewer),
      stageMinimum(db, id, stage),
      ...placesReads(db, id, stage, read),
    ]);
  const challenge = visibleChallenge(actor, challenges[0]);
  reachedStage(stage, challenge.row.current_stage);
  const jury = jurySeat(progress[0]);
  const competing = Boolean(challenge.has_my_solutions);
  const full: Decision = decide(actor, 'ranking.full', {
    challenge: challenge.row,
    stage: stage ?? challenge.row.current_stage,
    juryStages: seats.map((s) => s.stage),
    jury,
    competing,
  });
  const view = full.allow ? 'full' : challenge.row.decided_at !== null ? 'public' : null;
  // Jury members never see the solutions they declared a conflict on; those who manage the jury see all.
  const manages = can(actor, 'jury.manage', challenge.row);
  const hidden = new Set(manages ? [] : conflicts.map((d) => d.solution_id));
  let shaped: Ranking | null = null;
  let agreement: Agreement | null = null;
  let coverage: CoverageRow[] | null = null;
  if (view === 'full') {
    // The places and the agreement figures hold while nothing that counts changed; otherwise they
    // are computed again and kept (rankingFigures), and the page is read once more. So is it when
    // the guess hid conflicts of someone who manages the jury (who sees every solution).
    const holds = placesHold(cache[0]);
    const kept = withAgreement ? keptAgreement(cache[0]) : null;
    const computed =
      holds && (kept || !withAgreement)
        ? null
        : await rankingFigures(db, id, stage ?? challenge.row.current_stage, cache[0], withAgreement);
    const figures = computed ?? { agreement: kept };
    const rows: PlacesRows =
      computed || (manages && conflicts.length > 0)
        ? await db.batch(placesReads(db, id, stage, { ...read, hiddenFor: manages ? '' : viewer }))
        : guess;
    const quality = { method, minEvaluations: minimum[0]?.min_evaluations ?? challenge.row.min_evaluations, overrides };
    shaped = shapePlaces(id, criteriaRows, rows, read, quality);
    if (manages)
      coverage = rows[0]
        .slice(0, limit)
        .map((r) => ({ solution_id: r.solution_id, jury: r.jury, conflicts: r.conflicts }));
    if (figures?.agreement) agreement = shapeAgreement(id, figures.agreement, rows[3], hidden);
  } else if (view === 'public') {
    shaped = shapeRanking(id, criteriaRows, shown, 'public');
  }
  // Jury members of a challenge reviewed blind read the full ranking without organizations.
  const identified = can(actor, 'solvers.identify', challenge.row);
  const ranking =
    shaped?.view === 'full' && !identified
      ? { ...shaped, data: shaped.data.map((r) => ({ ...r, organization: null })) }
      : shaped;
  return { challenge, ranking, full, jury, coverage, agreement, identified };
}

/** The agreement figures without the solutions hidden from this viewer, the disputed ones with their titles. */
export function shapeAgreement(
  id: string,
  figures: AgreementFigures,
  rankedRows: readonly { solution_id: string; title: string }[],
  hidden: ReadonlySet<string>,
): Agreement {
  const titles = new Map(rankedRows.map((r) => [r.solution_id, r.title]));
  return {
    challenge_id: id,
    metric: 'interval',
    method_note: AGREEMENT_NOTE,
    jurors: figures.jurors,
    overall: figures.overall,
    criteria: figures.criteria,
    disputed: figures.disputed
      .filter((d) => !hidden.has(d.solution_id))
      .map((d) => ({ ...d, title: titles.get(d.solution_id) ?? '' })),
  };
}

/**
 * Agreement between the jurors, for those who may see the full ranking (`ranking.full`), in one
 * round trip while the kept figures hold; anyone else gets the policy's refusal (404 when the
 * challenge is not visible to them). A jury member never sees the solutions they declared a
 * conflict on among the disputed ones. Per stage (issue 15): the current one unless `stage` names
 * another (404 for one not reached). Issue 17: it reads the policy's facts, the kept figures and
 * the disputed solutions' titles, never the ranking itself.
 */
export async function loadAgreement(db: Database, actor: Actor, id: string, stage?: number): Promise<Agreement> {
  const viewer = actor.type === 'user' ? actor.id : '';
  const [challenges, progress, conflicts, cache, titled, seats] = await db.batch([
    challengeQuery(db, id, viewer || null),
    seatProgress(db, id, viewer, stage),
    conflictsOf(db, id, viewer, stage),
    // The kept figures only: the normalised scores and the report's figures are read (and parsed)
    // only when the agreement is to be computed again.
    placesState(db, id, stage, true),
    disputedTitles(db, id, stage),
    juryStagesOf(db, id, viewer),
  ]);
  const challenge = visibleChallenge(actor, challenges[0]);
  reachedStage(stage, challenge.row.current_stage);
  const full = decide(actor, 'ranking.full', {
    challenge: challenge.row,
    stage: stage ?? challenge.row.current_stage,
    juryStages: seats.map((s) => s.stage),
    jury: jurySeat(progress[0]),
    competing: Boolean(challenge.has_my_solutions),
  });
  if (!full.allow) throw refusal(full);
  // Jury members never see the solutions they declared a conflict on; those who manage the jury see all.
  const hidden = new Set(can(actor, 'jury.manage', challenge.row) ? [] : conflicts.map((d) => d.solution_id));
  const figures =
    keptAgreement(cache[0]) ??
    (await rankingFigures(db, id, stage ?? challenge.row.current_stage, cache[0], true)).agreement;
  if (!figures) throw new Error(`The agreement of challenge ${id} was allowed but not computed.`);
  // Figures computed afresh may call other solutions disputed than the kept ones named.
  const known = new Set(titled.map((r) => r.solution_id));
  const missing = figures.disputed.map((d) => d.solution_id).filter((s) => !known.has(s));
  const titles = missing.length ? [...titled, ...(await titlesOf(db, id, missing))] : titled;
  return shapeAgreement(id, figures, titles, hidden);
}

/** What the policy needs to know about one solution on the declaration page. */
const declarationFacts = (
  challenge: SolutionFacts['challenge'],
  row: Pick<DeclarationRow, 'submitter_id' | 'status' | 'hidden_at' | 'conflict'>,
  onJury: boolean,
): SolutionFacts => ({
  challenge,
  submitter_id: row.submitter_id,
  status: row.status,
  hidden_at: row.hidden_at,
  jury: onJury ? { conflict: row.conflict } : undefined,
});

/**
 * A jury member's declaration page for a whole challenge, in one round trip: the solutions the
 * policy lets them declare on (each with only its title, team, submitter and organization, and
 * their answer so far), and whether the life cycle takes declarations now (`open`). Anyone not
 * on the jury gets the policy's refusal, as for declaring on one solution.
 */
export async function loadDeclarations(db: Database, actor: SignedIn, id: string, cursor?: string) {
  // A page at a time (issue 17): `cursor` names it; the progress is over all of them.
  const page = declarationPage(cursor);
  const [challenges, progress, listed, declared] = await db.batch([
    challengeQuery(db, id, actor.id),
    seatProgress(db, id, actor.id),
    declarationList(db, id, actor.id, undefined, page),
    declarationProgress(db, id, actor.id),
  ]);
  const rows = listed.slice(0, page.size);
  const challenge = visibleChallenge(actor, challenges[0]);
  const onJury = Boolean(progress[0]?.on_jury);
  if (!onJury) {
    const decision = decide(
      actor,
      'solution.declare',
      declarationFacts(
        challenge.row,
        { submitter_id: '', status: 'submitted', hidden_at: null, conflict: null },
        false,
      ),
    );
    if (!decision.allow) throw refusal(decision);
  }
  // Under blind review a jury member declares on the title alone: nobody behind it is read out.
  const identified = can(actor, 'solvers.identify', challenge.row);
  const solutions = rows
    .filter((row) => can(actor, 'solution.declare', declarationFacts(challenge.row, row, onJury)))
    .map((row) => (identified ? row : { ...row, team: '', submitter_name: '', organization: null }));
  const open = declarationOpen({ challenge: challenge.row, solution: { status: 'submitted' } });
  return {
    challenge,
    solutions,
    open,
    identified,
    jury: jurySeat(progress[0]),
    next_cursor: declarationCursor(listed, page),
    progress: { declared: declared[0]?.declared ?? 0, total: declared[0]?.total ?? 0 },
  };
}

/**
 * A solution as a jury member scores it: 404 as for reading it; a member who has not declared
 * yet is told to declare first (`declareFirst`), anyone the policy does not let score gets its
 * refusal; otherwise when scoring is possible: `now`, `later` (still open) or `closed`.
 */
export async function loadScoring(db: Database, actor: Actor, id: string) {
  const user = requireUser(actor, 'score solutions');
  // The score sheet (criteria, draft) in the same batch: the page is the session and one round trip.
  const [rows, ...sheet] = await db.batch([solutionQuery(db, user, id), ...scoreSheetQueries(db, id, user.id)]);
  const row = rows[0];
  if (!row) throw notVisible('solution');
  const record = toSolutionRecord(row);
  const may = solutionPageFor(user, record);
  if (may.declare) return { record, actor: user, declareFirst: true as const };
  const scorer = authorizeUser(user, 'solution.evaluate', solutionFacts(record));
  const when: 'now' | 'later' | 'closed' = may.score ? 'now' : may.scoreLater ? 'later' : 'closed';
  return { record, actor: scorer, declareFirst: false as const, when, sheet: sheet satisfies ScoreSheetRows };
}
