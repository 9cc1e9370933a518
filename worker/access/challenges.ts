import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../db/client';
import { type Actor, isSignedIn, isUser, moderates, type SignedIn } from '../domain/actor';
import { deadlinePassed } from '../domain/challenges/challenge.schema';
import {
  acceptsSolutions,
  actionsFrom,
  advanceable,
  answerable,
  askable,
  decidable,
  editMode,
  endorsable,
  inLastStage,
  type TransitionAction,
} from '../domain/challenges/lifecycle';
import { listChallenges } from '../domain/challenges/list';
import type { ChallengeListQuery } from '../domain/challenges/list.query';
import { type ChallengeRecord, challengeQuery } from '../domain/challenges/read';
import { contactable } from '../domain/conversations/target';
import { notVisible } from '../domain/errors';
import { termsChangeable } from '../domain/terms/challenge-terms';
import { authorize, authorizeUser, can } from '../policy/policy';
import type { ChallengeFacts } from '../policy/resources';
import { visibleChallenges } from './scopes';

const viewerOf = (actor: Actor) => (isSignedIn(actor) ? actor.id : null);

/** The challenge if it exists and the actor may see it; the same 404 otherwise, either way. */
export async function loadChallenge(db: Database, actor: Actor, id: string): Promise<ChallengeRecord> {
  const [record] = await challengeQuery(db, id, viewerOf(actor));
  return visibleChallenge(actor, record);
}

/** A challenge read in a batch, if the actor may see it; the same 404 otherwise. */
export function visibleChallenge(actor: Actor, record: ChallengeRecord | undefined): ChallengeRecord {
  if (!record) throw notVisible('challenge');
  authorize(actor, 'challenge.read', record.row);
  return record;
}

/**
 * The challenge and more reads about it in one D1 round trip; the other results are returned
 * only once the challenge turned out to be visible.
 */
export async function loadChallengeWith<const Q extends readonly BatchItem<'sqlite'>[]>(
  db: Database,
  actor: Actor,
  id: string,
  ...alongside: Q
): Promise<[ChallengeRecord, ...{ [K in keyof Q]: Awaited<Q[K]> }]> {
  const [records, ...results] = await db.batch([challengeQuery(db, id, viewerOf(actor)), ...alongside]);
  return [visibleChallenge(actor, records[0]), ...results] as [ChallengeRecord, ...{ [K in keyof Q]: Awaited<Q[K]> }];
}

/** Actions on a challenge the policy decides with the challenge alone. */
export type ChallengeAction =
  | 'challenge.edit'
  | 'challenge.decide'
  | 'challenge.advance'
  | 'challenge.audit'
  | 'question.ask'
  | 'question.answer'
  | 'question.hide'
  | 'endorsement.change'
  | 'jury.manage'
  | 'jury.assign'
  | 'solution.create'
  | 'solution.list';

/** The visible challenge and the signed-in actor who may take `action` on it; 401/403/404 otherwise. */
export async function loadChallengeFor(
  db: Database,
  actor: Actor,
  id: string,
  action: ChallengeAction,
): Promise<{ record: ChallengeRecord; actor: SignedIn }> {
  const record = await loadChallenge(db, actor, id);
  return { record, actor: authorizedOnRecord(actor, action, record) };
}

/** `authorizedOn` with the facts of a challenge read by `challengeQuery` (e.g. from `loadChallengeWith`). */
export const authorizedOnRecord = (actor: Actor, action: ChallengeAction, record: ChallengeRecord): SignedIn =>
  authorizedOn(actor, action, { ...record.row, competing: Boolean(record.has_my_solutions) });

/** The actor, narrowed to a user allowed `action` on the challenge; 401/403/404 otherwise. */
export function authorizedOn(actor: Actor, action: ChallengeAction, row: ChallengeFacts): SignedIn {
  return authorizeUser(actor, action, row);
}

/** A viewer's seat on a challenge's jury: whether they scored everything they may. */
export type JurySeat = { done: boolean } | undefined;

/** The working pages of a challenge this viewer may open. */
export interface ChallengePages {
  solutions: boolean;
  jury: boolean;
  ranking: boolean;
  audit: boolean;
  /** The evaluation report: those who manage the jury, once in evaluation or decided. */
  report: boolean;
  /** Suggested partners (issue 16): those who run the challenge. */
  matches: boolean;
}

/** Everything this viewer may do with a challenge now: who (the policy) and when (the life cycle). */
export interface ChallengeAffordances {
  /** The owner edits (draft, changes requested) or a moderator amends (after approval). */
  edit: boolean;
  /** Clinicians other than the owner: "we have this need too". */
  endorse: boolean;
  ask: boolean;
  answer: boolean;
  /** The owner and the cluster's moderators hide a question (a sales pitch), whatever the state. */
  hideQuestions: boolean;
  /** Offered only to a solver without a solution here yet: one who has one is led to it instead. */
  submitSolution: boolean;
  /** The owner of a challenge in review: told who reviews it and how long it usually takes. */
  awaitingReview: boolean;
  /** Anonymous visitors of an open challenge: sign in to ask or submit. */
  signInToTakePart: boolean;
  /** Signed in with an address not confirmed yet: confirm it to ask or submit. */
  confirmToTakePart: boolean;
  /** The owner chooses the terms before approval; a moderator amends them while it is open (issue 14). */
  setTerms: boolean;
  /** The life-cycle steps offered to this viewer. */
  transitions: TransitionAction[];
  decide: boolean;
  /** The owner or a moderator advances a shortlist from a stage under evaluation before the last (issue 15). */
  advance: boolean;
  /** Others than the owner contact its owner through Bedside once it is published (issue 16). */
  contact: boolean;
  pages: ChallengePages;
}

/** Which working pages of a challenge the viewer may open. `mine`: the viewer has solutions there. */
export function challengePages(
  actor: Actor,
  row: ChallengeRecord['row'],
  jury: JurySeat,
  mine = false,
): ChallengePages {
  const juryManager = can(actor, 'jury.manage', row);
  return {
    // The list holds only what each reader may see: worth a link for those who will find something.
    solutions: can(actor, 'solution.list', row) && (juryManager || jury !== undefined || mine),
    jury: juryManager,
    ranking: can(actor, 'ranking.full', { challenge: row, jury, competing: mine }),
    audit: can(actor, 'challenge.audit', row),
    report: can(actor, 'report.read', { challenge: row, jury, competing: mine }),
    matches: can(actor, 'challenge.matches', row),
  };
}

/**
 * `activeSolution`: the viewer has a solution on this challenge that is not withdrawn (see
 * `mySolutionsQuery`); they are shown it rather than offered a new one.
 */
export function challengeAffordances(
  actor: Actor,
  record: ChallengeRecord,
  jury: JurySeat,
  activeSolution = false,
): ChallengeAffordances {
  const { row } = record;
  const owner = isUser(actor, row.owner_id);
  const mode = editMode(row.status, {
    owner,
    moderator: moderates(actor, row.cluster_id),
  });
  return {
    edit: can(actor, 'challenge.edit', row) && mode !== null,
    endorse: can(actor, 'endorsement.change', row) && endorsable(row.status),
    ask: can(actor, 'question.ask', row) && askable(row.status),
    answer: can(actor, 'question.answer', row) && answerable(row.status),
    hideQuestions: can(actor, 'question.hide', row),
    submitSolution:
      can(actor, 'solution.create', row) &&
      acceptsSolutions(row.status) &&
      !deadlinePassed(row.deadline) &&
      !activeSolution,
    awaitingReview: owner && row.status === 'in_review',
    signInToTakePart: !isSignedIn(actor) && acceptsSolutions(row.status),
    confirmToTakePart: isSignedIn(actor) && !actor.emailConfirmed && acceptsSolutions(row.status),
    setTerms: can(actor, 'challenge.edit', row) && termsChangeable(row.status, mode),
    transitions: actionsFrom(row.status).filter((action) =>
      can(actor, 'challenge.transition', { challenge: row, action }),
    ),
    decide:
      can(actor, 'challenge.decide', { ...row, competing: Boolean(record.has_my_solutions) }) &&
      decidable(row.status) &&
      inLastStage(row.current_stage, record.stage_count),
    advance:
      can(actor, 'challenge.advance', { ...row, competing: Boolean(record.has_my_solutions) }) &&
      advanceable(row.status, row.current_stage, record.stage_count),
    contact: can(actor, 'conversation.start') && !owner && contactable(row.status),
    pages: challengePages(actor, row, jury, Boolean(record.has_my_solutions)),
  };
}

/** A page of the challenges this viewer may see, filtered, searched and sorted. */
export const listChallengesFor = (db: Database, actor: Actor, query: ChallengeListQuery) =>
  listChallenges(db, query, visibleChallenges(actor, query.status));
