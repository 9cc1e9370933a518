import type { BatchItem } from 'drizzle-orm/batch';
import type { Database } from '../db/client';
import { type Actor, isSignedIn, isUser, type SignedIn } from '../domain/actor';
import { notVisible } from '../domain/errors';
import {
  acceptedCurrentTerms,
  changeOpen,
  declarationOpen,
  scoringOpen,
  stageOpen,
  stageSubmittable,
  termsAllow,
} from '../domain/solutions/lifecycle';
import { solutionsQuery } from '../domain/solutions/list';
import { type SolutionPageRows, solutionPageQueries } from '../domain/solutions/page-reads';
import { readSolutionView, type SolutionRecord, solutionQuery, toSolutionRecord } from '../domain/solutions/read';
import { readTeam } from '../domain/solutions/team';
import { authorize, authorizeUser, can, decide, refusal, requireUser } from '../policy/policy';
import type { SolutionFacts } from '../policy/resources';
import { visibleSolutions } from './scopes';

/** What the policy needs to know about a solution read for this viewer. */
export const solutionFacts = (record: SolutionRecord): SolutionFacts => ({
  challenge: record.challenge,
  submitter_id: record.solution.submitter_id,
  member: record.member,
  status: record.solution.status,
  hidden_at: record.solution.hidden_at,
  submitted_at: record.solution.submitted_at,
  jury: record.on_jury ? { conflict: record.jury_conflict } : undefined,
  juryStages: record.jury_stages,
  stages: record.stages,
  competing: record.competing,
});

export type SolutionAction =
  | 'solution.read'
  | 'solution.edit'
  | 'solution.submit'
  | 'solution.withdraw'
  | 'solution.declare'
  | 'solution.evaluate'
  | 'team.manage'
  | 'team.leave'
  | 'terms.accept';

/** The solution if it exists and the signed-in actor may take `action` on it; one 404 wording either way. */
export async function loadSolution(
  db: Database,
  actor: Actor,
  id: string,
  action: SolutionAction,
): Promise<{ record: SolutionRecord; actor: SignedIn }> {
  const [loaded] = await loadSolutionWith(db, actor, id, action);
  return loaded;
}

/**
 * `loadSolution` with more reads about the solution in the same D1 round trip (keyed by its id,
 * its challenge as a subquery: challengeOfSolution). The other results are returned only once the
 * actor turned out to be allowed `action`.
 */
export async function loadSolutionWith<const Q extends readonly BatchItem<'sqlite'>[]>(
  db: Database,
  actor: Actor,
  id: string,
  action: SolutionAction,
  ...alongside: Q
): Promise<[{ record: SolutionRecord; actor: SignedIn }, ...{ [K in keyof Q]: Awaited<Q[K]> }]> {
  // Sign-in comes first, so anonymous callers learn nothing about which ids exist.
  const user = requireUser(actor, 'see solutions');
  const [rows, ...results] = await db.batch([solutionQuery(db, user, id), ...alongside]);
  const row = rows[0];
  if (!row) throw notVisible('solution');
  const record = toSolutionRecord(row);
  return [{ record, actor: authorizeUser(user, action, solutionFacts(record)) }, ...results] as [
    { record: SolutionRecord; actor: SignedIn },
    ...{ [K in keyof Q]: Awaited<Q[K]> },
  ];
}

/** Everything this viewer may do with a solution now: who (the policy) and when (the life cycle). */
export interface SolutionAffordances {
  /** The viewer submitted it. */
  mine: boolean;
  /** The viewer may read its contents. */
  read: boolean;
  /** A jury member who has not declared yet: they declare a conflict (or none) before reading. */
  declare: boolean;
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  score: boolean;
  /** A cleared jury member before the evaluation started: scoring opens later. */
  scoreLater: boolean;
  /** The viewer may see who is behind it (not a jury member under blind review). */
  identify: boolean;
  /** The submitter invites co-applicants now (while the solution may be changed). */
  inviteTeam: boolean;
  /** The submitter removes members and hands the submitter's role over now (until the decision). */
  manageTeam: boolean;
  /** A member (not the submitter) may leave the team now. */
  leaveTeam: boolean;
  /** The owner and moderators see which jurors were recused automatically. */
  recusals: boolean;
  /** A team member who has not accepted the challenge's terms in force, while the solution may change. */
  acceptTerms: boolean;
  /** Issue 15: the submitter sends a shortlisted solution's content for the current, later stage. */
  submitStage: boolean;
  /** Its outcome in each stage: its team, and those who choose the shortlist (the owner and moderators). */
  stageOutcomes: boolean;
  /** The jury's feedback of a stage it did not advance from, when the owner shared it: its team only. */
  stageFeedback: boolean;
}

export function solutionAffordances(actor: Actor, record: SolutionRecord): SolutionAffordances {
  const facts = solutionFacts(record);
  const edit = can(actor, 'solution.edit', facts);
  const scorer = can(actor, 'solution.evaluate', facts);
  const viewer = isSignedIn(actor) ? actor.id : '';
  const onTeam = isUser(actor, record.solution.submitter_id) || (isSignedIn(actor) && record.member);
  return {
    mine: isUser(actor, record.solution.submitter_id),
    read: can(actor, 'solution.read', facts),
    declare:
      record.on_jury &&
      record.jury_conflict === null &&
      can(actor, 'solution.declare', facts) &&
      declarationOpen(record),
    edit: edit && changeOpen(record, 'edit') && termsAllow(record, 'edit', viewer) && stageOpen(record),
    submit:
      can(actor, 'solution.submit', facts) && changeOpen(record, 'submit') && termsAllow(record, 'submit', viewer),
    withdraw: can(actor, 'solution.withdraw', facts) && changeOpen(record, 'withdraw'),
    score: scorer && scoringOpen(record),
    scoreLater: scorer && record.challenge.status === 'open',
    identify: can(actor, 'solution.identify', facts),
    inviteTeam: can(actor, 'team.manage', facts) && changeOpen(record, 'edit'),
    manageTeam: can(actor, 'team.manage', facts) && changeOpen(record, 'withdraw'),
    leaveTeam: can(actor, 'team.leave', facts) && changeOpen(record, 'withdraw'),
    recusals: can(actor, 'team.recusals', facts),
    acceptTerms:
      can(actor, 'terms.accept', facts) && changeOpen(record, 'edit') && !acceptedCurrentTerms(record, viewer),
    submitStage:
      can(actor, 'solution.submit', facts) &&
      record.solution.status === 'submitted' &&
      changeOpen(record, 'edit') &&
      stageSubmittable(record),
    stageOutcomes:
      onTeam ||
      (can(actor, 'solution.read', facts) &&
        can(actor, 'challenge.advance', { ...record.challenge, competing: record.competing })),
    stageFeedback: onTeam,
  };
}

/**
 * What a viewer may do on the solution page, if they may open it at all: read the solution, or
 * (a jury member who has not declared yet) declare first; the policy's refusal otherwise.
 */
export function solutionPageFor(actor: SignedIn, record: SolutionRecord): SolutionAffordances {
  const may = solutionAffordances(actor, record);
  if (!may.read && !may.declare) {
    const decision = decide(actor, 'solution.read', solutionFacts(record));
    if (!decision.allow) throw refusal(decision);
  }
  return may;
}

/**
 * The solution page's loader: the solution, what the viewer may do with it (see solutionPageFor)
 * and what else the page shows, read in one batch (issue 17: the page is the session and one round
 * trip). What the viewer may not see is read too and dropped by the page, before anything is shown.
 */
export async function loadSolutionPage(db: Database, actor: Actor, id: string) {
  const user = requireUser(actor, 'see solutions');
  const [rows, ...reads] = await db.batch([solutionQuery(db, user, id), ...solutionPageQueries(db, id, user.id)]);
  const row = rows[0];
  if (!row) throw notVisible('solution');
  const record = toSolutionRecord(row);
  return { record, actor: user, may: solutionPageFor(user, record), reads: reads satisfies SolutionPageRows };
}

/** A page of the solutions of a challenge this reader may see; batchable with the challenge. */
export const solutionListFor = (db: Database, actor: SignedIn, challengeId: string, limit: number, after?: string) =>
  solutionsQuery(db, actor, challengeId, visibleSolutions(actor, challengeId), limit, after);

/** The solution as this viewer may read it: without anyone behind it when the policy says so (blind review). */
export const solutionViewFor = (db: Database, actor: Actor, record: SolutionRecord) =>
  readSolutionView(db, actor, record, can(actor, 'solution.identify', solutionFacts(record)));
/**
 * A solution's team for whoever may read the solution: the invitations too for the submitter, the
 * automatic recusals for the owner and moderators. One round trip after the solution.
 */
export async function loadTeam(db: Database, actor: Actor, id: string) {
  const { record, actor: user } = await loadSolution(db, actor, id, 'solution.read');
  const facts = solutionFacts(record);
  // A jury member under blind review reads the solution, not who is behind it.
  authorize(user, 'solution.identify', facts);
  const team = await readTeam(db, record, {
    invitations: can(user, 'team.manage', facts),
    recusals: can(user, 'team.recusals', facts),
  });
  return { record, actor: user, team };
}
