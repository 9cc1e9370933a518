import { and, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import type { STAGE_FIELDS } from '../../db/enums';
import { insertIf } from '../../db/guarded';
import {
  challenges,
  challengeTerms,
  evaluatorAssignments,
  organizations,
  solutionMembers,
  solutionStages,
  solutions,
  termsAcceptances,
} from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import type { SignedIn } from '../actor';
import { toAttachments } from '../attachments/store';
import { auditIf } from '../audit';
import { assertEligible } from '../calls/eligibility';
import { meetsCallRules } from '../calls/eligible-sql';
import { eligibilityFacts } from '../calls/read';
import { deadlinePassed } from '../challenges/challenge.schema';
import { acceptsSolutions } from '../challenges/lifecycle';
import type { ChallengeRecord } from '../challenges/read';
import { DomainError, invalidState } from '../errors';
import { syncRecusals } from '../evaluation/recusals';
import { oneSolution } from '../evaluation/score-sums';
import { tallySolution } from '../impact/tallies';
import { type NotificationEvent, notify } from '../notifications/notify';
import { ownerOf } from '../notifications/recipients';
import { currentTermsVersion } from '../terms/challenge-terms';
import { assertChangeOpen, assertTermsAllow, changeRule, type SolutionChange, submissionsClosed } from './lifecycle';
import { findSolution, type SolutionRecord } from './read';
import type { SolutionFields } from './solution.schema';

function staleSolution(expected: number, current?: number) {
  const now = current === undefined ? 'has just been changed' : `is at version ${current} now`;
  return new DomainError(
    'stale_version',
    `You edited version ${expected}, but the solution ${now}. Reload it and apply your change again.`,
    {
      details: current === undefined ? {} : { current_version: current },
    },
  );
}

/** Jury members judge a challenge; they cannot also take part in it. */
const onJury = () =>
  new DomainError('invalid_state', 'You sit on the jury of this challenge and cannot also submit a solution to it.');

/** A draft (or, with `submit`, a submitted solution) to an open challenge; audited. */
export async function createSolution(
  db: Database,
  actor: SignedIn,
  challenge: ChallengeRecord,
  fields: SolutionFields,
  submit: boolean,
): Promise<string> {
  const { status: challengeStatus } = challenge.row;
  if (!acceptsSolutions(challengeStatus)) {
    throw invalidState(
      `Solutions can be submitted only while the challenge is open; it is ${challengeStatus}.`,
      challengeStatus,
    );
  }
  if (deadlinePassed(challenge.row.deadline)) throw submissionsClosed(challenge.row.deadline);
  // Issue 15: a later stage is open only to the shortlist of the one before.
  if (challenge.row.current_stage > 1) throw shortlistOnly(challenge.row.current_stage, challengeStatus);
  const juror = await db
    .select({ user_id: evaluatorAssignments.user_id })
    .from(evaluatorAssignments)
    .where(and(eq(evaluatorAssignments.challenge_id, challenge.row.id), eq(evaluatorAssignments.user_id, actor.id)))
    .get();
  if (juror) throw onJury();
  if (submit) await noTermsYet(db, challenge.row.id);
  if (submit) {
    // A challenge in a call takes solutions only from those its rules admit (issue 15).
    const facts = await eligibilityFacts(db, challenge.row.call_id, actor.organizationId);
    if (facts) assertEligible(facts.rules, { trl: fields.trl, organization: facts.organization });
  }
  const id = uuidv7();
  const status = submit ? 'submitted' : 'draft';
  const accepting = sql`${challengeAllows(challenge.row.id, 'edit', new Date().toISOString())} AND ${inFirstStage(challenge.row.id)}`;
  // The call's rules again in the statement: a rule or the organization changed since the check stops it.
  const guard = submit
    ? sql`${accepting} AND ${notOnJury(challenge.row.id, actor.id)} AND ${currentTermsVersion(challenge.row.id)} IS NULL
      AND ${meetsCallRules(challenge.row.id, actor.organizationId, fields.trl)}`
    : accepting;
  const created = await batchEndingWith(
    db,
    [
      insertIf(
        db,
        solutions,
        {
          ...fields,
          id,
          challenge_id: challenge.row.id,
          submitter_id: actor.id,
          organization_id: actor.organizationId,
          status,
          submitted_at: submit ? new Date().toISOString() : null,
        },
        guard,
      ),
      // The submitter is the first member of the team (issue 14); jurors of their organization are recused.
      db.insert(solutionMembers).select(
        sql`SELECT ${id}, ${actor.id}, 'other', coalesce((SELECT ${organizations.name} FROM ${organizations}
          WHERE ${organizations.id} = ${actor.organizationId}), ''), ${NOW} WHERE EXISTS (SELECT 1 FROM ${solutions} WHERE ${solutions.id} = ${id})`,
      ),
      ...syncRecusals(db, oneSolution(id)),
      ...(submit ? [tallySolution(db, id, 1, new Date().toISOString(), guard)] : []),
      ...(submit
        ? notify(db, { ...submitted(actor, challenge.row.id, challenge.row.title, id, fields.title), guard })
        : []),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: submit ? 'solution.submit' : 'solution.create',
          entityType: 'solution',
          entityId: id,
          clusterId: challenge.row.cluster_id,
          after: { status },
        },
        guard,
      ),
    ],
    db.select({ id: solutions.id }).from(solutions).where(eq(solutions.id, id)),
  );
  if (created.length === 0) {
    // The challenge left `open` or its deadline passed since we read it, or this person joined the jury.
    const now = await db
      .select({ status: challenges.status, deadline: challenges.deadline })
      .from(challenges)
      .where(eq(challenges.id, challenge.row.id))
      .get();
    if (now && !acceptsSolutions(now.status)) {
      throw invalidState(
        `Solutions can be submitted only while the challenge is open; it is ${now.status}.`,
        now.status,
      );
    }
    if (now && deadlinePassed(now.deadline)) throw submissionsClosed(now.deadline);
    if (submit) {
      await noTermsYet(db, challenge.row.id);
      await assertStillEligible(db, challenge.row.id, actor.organizationId, fields.trl);
    }
    throw onJury();
  }
  return id;
}

/** After a guarded submission did not land: the call's rules as they are now, 422 naming each one unmet. */
async function assertStillEligible(
  db: Database,
  challengeId: string,
  organizationId: string | null,
  trl: number | null | undefined,
) {
  const now = await db
    .select({ call_id: challenges.call_id })
    .from(challenges)
    .where(eq(challenges.id, challengeId))
    .get();
  const facts = await eligibilityFacts(db, now?.call_id ?? null, organizationId);
  if (facts) assertEligible(facts.rules, { trl: trl ?? undefined, organization: facts.organization });
}

/** A challenge in a later stage takes no new solutions (issue 15). */
const shortlistOnly = (stage: number, status: string) =>
  invalidState(
    `This challenge is in stage ${stage}, open only to the solutions shortlisted from stage ${stage - 1}: it takes no new solutions.`,
    status,
    { current_stage: stage },
  );

/** Statement guard: the challenge is still in its first stage (advancing opens it again, to the shortlist). */
const inFirstStage = (challengeId: string) =>
  sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${challengeId} AND ${challenges.current_stage} = 1)`;

/**
 * In a later stage (issue 15) only a solution shortlisted into it changes, until it is submitted
 * to that stage (what that stage's jury reads from then on).
 */
function assertStageOpen(record: SolutionRecord) {
  const stage = record.challenge.current_stage;
  if (stage === 1) return;
  if (!record.stage_entered) {
    throw invalidState(
      `This challenge is in stage ${stage}, open only to the solutions shortlisted from stage ${stage - 1}; this one was not shortlisted, so it no longer changes.`,
      record.challenge.status,
      { current_stage: stage },
    );
  }
  if (record.stage_submitted_at) {
    throw invalidState(
      `This solution was submitted to stage ${stage} at ${record.stage_submitted_at}; that stage's jury reads it as it was then, so it no longer changes.`,
      record.challenge.status,
      { current_stage: stage },
    );
  }
}

/** Statement guard: the solution's place in the challenge's current stage is still open (stage 1: always). */
const stageStillOpen = (solutionId: string, challengeId: string) =>
  sql`((SELECT ${challenges.current_stage} FROM ${challenges} WHERE ${challenges.id} = ${challengeId}) = 1
    OR EXISTS (SELECT 1 FROM ${solutionStages} WHERE ${solutionStages.solution_id} = ${solutionId}
      AND ${solutionStages.stage} = (SELECT ${challenges.current_stage} FROM ${challenges} WHERE ${challenges.id} = ${challengeId})
      AND ${solutionStages.submitted_at} IS NULL))`;

/**
 * A challenge with terms takes no solution submitted as it is created: every team member accepts
 * the terms on the solution first (issue 14), so it starts as a draft.
 */
async function noTermsYet(db: Database, challengeId: string) {
  const terms = await db
    .select({ version: max(challengeTerms.version) })
    .from(challengeTerms)
    .where(eq(challengeTerms.challenge_id, challengeId))
    .get();
  if (terms?.version) {
    throw new DomainError(
      'invalid_state',
      `This challenge has participation terms (version ${terms.version}): save the solution as a draft, accept the terms on it (every team member does), then submit it.`,
      { details: { current_state: 'terms_not_accepted', current_version: terms.version } },
    );
  }
}

/**
 * Statement guard: every member of the team accepted the challenge's terms in force when the batch
 * runs (or it states none), so a member who joins, or new terms, stop a submission racing them.
 */
const everyMemberAccepted = (solutionId: string, challengeId: string) =>
  sql`(${currentTermsVersion(challengeId)} IS NULL OR NOT EXISTS (SELECT 1 FROM ${solutionMembers} AS m
    WHERE m.solution_id = ${solutionId} AND NOT EXISTS (SELECT 1 FROM ${termsAcceptances} AS ta
      WHERE ta.solution_id = m.solution_id AND ta.user_id = m.user_id AND ta.version = ${currentTermsVersion(challengeId)})))`;

/** Statement guard: this person accepted the terms in force when the batch runs (or there are none). */
const acceptedBy = (solutionId: string, challengeId: string, userId: string) =>
  sql`(${currentTermsVersion(challengeId)} IS NULL OR EXISTS (SELECT 1 FROM ${termsAcceptances} AS ta
    WHERE ta.solution_id = ${solutionId} AND ta.user_id = ${userId} AND ta.version = ${currentTermsVersion(challengeId)}))`;

/**
 * Statement guard: the challenge still allows `change` when the batch runs (its state, and the
 * deadline for changes made before it), so a write racing the cron or the decision loses cleanly.
 */
function challengeAllows(challengeId: string, change: SolutionChange, now: string) {
  const rule = changeRule(change);
  const beforeDeadline = rule.beforeDeadline ? sql` AND ${challenges.deadline} > ${now}` : sql``;
  return sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${challengeId}
    AND ${inArray(challenges.status, [...rule.challenge])}${beforeDeadline})`;
}

/**
 * Statement guard: this person is not on the challenge's jury when the batch runs (checked before
 * too; this closes the moment between an invitation accepted and a solution submitted).
 */
const notOnJury = (challengeId: string, userId: string) =>
  sql`NOT EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${challengeId}
    AND ${evaluatorAssignments.user_id} = ${userId})`;

/**
 * Statement guard: the solution is still at the version the client edited, in a state `change`
 * applies to, and its challenge still allows it (the decision bumps the versions of the solutions
 * it decides, so a withdrawal read before it loses).
 */
const solutionAllows = (record: SolutionRecord, version: number, change: SolutionChange) =>
  sql`EXISTS (SELECT 1 FROM ${solutions} WHERE ${solutions.id} = ${record.solution.id} AND ${solutions.version} = ${version}
    AND ${inArray(solutions.status, [...changeRule(change).solution])})
    AND ${challengeAllows(record.challenge.id, change, new Date().toISOString())}`;

/** The owner hears of a submitted solution (they may read it: it is no longer a draft). */
const submitted = (
  actor: SignedIn,
  challengeId: string,
  title: string,
  solutionId: string,
  solutionTitle: string,
): NotificationEvent => ({
  eventId: uuidv7(),
  kind: 'solution_submitted',
  key: `solution_submitted:${solutionId}`,
  recipients: ownerOf(challengeId),
  challengeId,
  params: { title, solution_title: solutionTitle, solution_id: solutionId },
  actorId: actor.id,
});

/**
 * One guarded change of a solution: lands with its audit entry (and news of it) only if the
 * version, the solution's and the challenge's state still allow it when the batch runs.
 */
async function change(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  version: number,
  action: SolutionChange,
  set: Partial<typeof solutions.$inferInsert>,
  news?: NotificationEvent,
  also: SQL = sql`1`,
  tallies: (guard: SQL) => BatchItem<'sqlite'>[] = () => [],
) {
  const s = record.solution;
  if (s.version !== version) throw staleSolution(version, s.version);
  const guard = sql`${solutionAllows(record, version, action)} AND ${also}`;
  const updated = await batchEndingWith(
    db,
    [
      ...tallies(guard),
      ...(news ? notify(db, { ...news, guard }) : []),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `solution.${action}`,
          entityType: 'solution',
          entityId: s.id,
          clusterId: record.challenge.cluster_id,
          before: { status: s.status, version },
          after: { ...set, version: version + 1 },
        },
        guard,
      ),
    ],
    db
      .update(solutions)
      .set({ ...set, version: version + 1 })
      .where(and(eq(solutions.id, s.id), guard))
      .returning({ id: solutions.id }),
  );
  if (updated.length === 0) await explainRefusal(db, actor, record, version, action);
}

/**
 * Why a guarded change did not land, read again: a newer version (412), a state or deadline that
 * no longer allows it (409), else the extra guard (a seat on the jury) — always a thrown error.
 */
async function explainRefusal(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  version: number,
  action: SolutionChange,
): Promise<never> {
  const fresh = await findSolution(db, actor, record.solution.id);
  if (!fresh || fresh.solution.version !== version) throw staleSolution(version, fresh?.solution.version);
  assertChangeOpen(fresh, action);
  if (action === 'edit') assertStageOpen(fresh);
  assertTermsAllow(fresh, action, actor.id);
  // The call's rules, or the organization, changed between the check and the batch (issue 15).
  if (action === 'submit')
    assertEligible(fresh.call_rules, { trl: fresh.solution.trl, organization: fresh.organization });
  if (action === 'submit') throw onJury();
  throw staleSolution(version);
}

/** The submitter edits a draft or submitted solution while the challenge is open. */
export function updateSolution(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  version: number,
  fields: Partial<SolutionFields>,
) {
  assertChangeOpen(record, 'edit');
  assertStageOpen(record);
  assertTermsAllow(record, 'edit', actor.id);
  // A submitted solution keeps within the call's TRL rule (issue 15).
  if (record.solution.status === 'submitted' && fields.trl !== undefined)
    assertEligible(record.call_rules, { trl: fields.trl, organization: record.organization });
  // A submitted solution is changed only by a member who accepted the terms in force.
  const terms =
    record.solution.status === 'submitted' ? acceptedBy(record.solution.id, record.challenge.id, actor.id) : sql`1`;
  const stage = stageStillOpen(record.solution.id, record.challenge.id);
  return change(db, actor, record, version, 'edit', fields, undefined, sql`${terms} AND ${stage}`);
}

export function submitSolution(db: Database, actor: SignedIn, record: SolutionRecord) {
  if (record.challenge.current_stage > 1) return submitToStage(db, actor, record);
  assertChangeOpen(record, 'submit');
  // A draft's author may have been put on the jury since: a draft keeps no one off it.
  if (record.on_jury) throw onJury();
  assertTermsAllow(record, 'submit', actor.id);
  // The call's rules (issue 15), read with the solution: its TRL and its submitter's organization.
  assertEligible(record.call_rules, { trl: record.solution.trl, organization: record.organization });
  const s = record.solution;
  return change(
    db,
    actor,
    record,
    s.version,
    'submit',
    { status: 'submitted', submitted_at: new Date().toISOString() },
    submitted(actor, s.challenge_id, record.challenge_title, s.id, s.title),
    sql`${notOnJury(s.challenge_id, actor.id)} AND ${everyMemberAccepted(s.id, s.challenge_id)}
      AND ${meetsCallRules(s.challenge_id, s.organization_id, s.trl)}`,
    (guard) => [tallySolution(db, s.id, 1, new Date().toISOString(), guard)],
  );
}

/** Withdrawn solutions leave the ranking; possible until the decision. */
export function withdrawSolution(db: Database, actor: SignedIn, record: SolutionRecord) {
  assertChangeOpen(record, 'withdraw');
  return change(
    db,
    actor,
    record,
    record.solution.version,
    'withdraw',
    { status: 'withdrawn' },
    undefined,
    sql`1`,
    (guard) => [tallySolution(db, record.solution.id, -1, new Date().toISOString(), guard)],
  );
}

type StageField = (typeof STAGE_FIELDS)[number];

/**
 * What a stage's required field holds on a solution (issue 15): undefined when it is empty, null
 * for what the solver does not fill in (a pitch slot is given by the owner).
 */
function stageValue(record: SolutionRecord, field: StageField): unknown {
  const s = record.solution;
  const text = (value: string | null) => (value?.trim() ? value : undefined);
  switch (field) {
    case 'budget':
      return s.budget_amount_minor !== null && s.budget_currency
        ? { amount_minor: s.budget_amount_minor, currency: s.budget_currency }
        : undefined;
    case 'links':
      return s.links.length ? s.links : undefined;
    case 'attachments': {
      const files = toAttachments(record.attachments_json);
      return files.length ? files.map((f) => f.id) : undefined;
    }
    case 'pitch_slot':
      return null;
    case 'trl':
      return s.trl ?? undefined;
    case 'ip_status':
      return s.ip_status ?? undefined;
    case 'title':
    case 'summary':
    case 'approach':
    case 'team':
    case 'work_plan':
      return text(s[field]);
  }
}

/**
 * Submits a shortlisted solution to the challenge's current, later stage (issue 15): the stage's
 * required fields must be filled in (422 naming each one missing); its `solution_stages` row gets
 * `submitted_at` and a snapshot of those fields, which that stage's jury reads. Guarded like an
 * edit (version, challenge open, before the stage's deadline) and by the stage row still open.
 */
async function submitToStage(db: Database, actor: SignedIn, record: SolutionRecord) {
  assertChangeOpen(record, 'edit');
  assertStageOpen(record);
  if (record.on_jury) throw onJury();
  const stage = record.challenge.current_stage;
  const fields = JSON.parse(record.stage_fields_json ?? '[]') as StageField[];
  const snapshot: Record<string, unknown> = {};
  const missing: StageField[] = [];
  for (const field of fields) {
    const value = stageValue(record, field);
    if (value === undefined) missing.push(field);
    else if (value !== null) snapshot[field] = value;
  }
  if (missing.length) {
    throw new DomainError(
      'stage_incomplete',
      `Stage ${stage} of this challenge asks for ${missing.join(', ')}, which this solution does not have yet. Fill them in (PATCH the solution), then submit again; nothing was submitted.`,
      {
        errors: missing.map((field) => ({
          path: field === 'budget' ? 'budget_amount_minor' : field,
          message:
            field === 'budget'
              ? `Stage ${stage} asks for a budget: give budget_amount_minor and budget_currency.`
              : `Stage ${stage} asks for ${field}; it is empty.`,
        })),
      },
    );
  }
  const s = record.solution;
  const guard = sql`${solutionAllows(record, s.version, 'edit')} AND ${stageStillOpen(s.id, s.challenge_id)}`;
  const news = submitted(actor, s.challenge_id, record.challenge_title, s.id, s.title);
  const updated = await batchEndingWith(
    db,
    [
      ...notify(db, { ...news, key: `${news.key}:stage:${stage}`, params: { ...news.params, stage }, guard }),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.submit_stage',
          entityType: 'solution',
          entityId: s.id,
          clusterId: record.challenge.cluster_id,
          after: { stage, fields },
        },
        guard,
      ),
    ],
    db
      .update(solutionStages)
      .set({ submitted_at: new Date().toISOString(), snapshot })
      .where(and(eq(solutionStages.solution_id, s.id), eq(solutionStages.stage, stage), guard))
      .returning({ id: solutionStages.solution_id }),
  );
  if (updated.length === 0) await explainRefusal(db, actor, record, s.version, 'edit');
}
