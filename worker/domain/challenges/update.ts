import type { z } from '@hono/zod-openapi';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challengeCriteria, challenges, challengeTags } from '../../db/schema';
import { moderates, type SignedIn } from '../actor';
import { auditIf } from '../audit';
import { assertCallTakesChallenges } from '../calls/write';
import { DomainError } from '../errors';
import {
  type ChallengePatchSchema,
  CLASS_MISMATCH,
  classFits,
  DEADLINE_PASSED,
  deadlinePassed,
} from './challenge.schema';
import { childRows } from './create';
import { type ChallengeStatus, editMode } from './lifecycle';
import type { ChallengeRecord } from './read';

export type ChallengePatch = Omit<z.output<typeof ChallengePatchSchema>, 'version'>;

/** The statement guard "still at the version the client edited": statements run only if it holds. */
export const atVersion = (id: string, version: number) =>
  sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${id} AND ${challenges.version} = ${version})`;

/**
 * The statement guard "the challenge is still in one of these states" (e.g. the jury still open):
 * a decision that lands between the read and the write leaves the write out.
 */
export const stillIn = (id: string, statuses: readonly ChallengeStatus[]) =>
  sql`EXISTS (SELECT 1 FROM ${challenges} WHERE ${challenges.id} = ${id} AND ${inArray(challenges.status, [...statuses])})`;

/** The last statement of a guarded batch: whether `guard` held (read on the challenge's row, in the batch). */
export const guardHeld = (db: Database, challengeId: string, guard: SQL) =>
  db
    .select({ held: sql<number>`${guard}`.as('guard_held') })
    .from(challenges)
    .where(eq(challenges.id, challengeId));

/** A stale version: the client's version is not the current one (known, or unknown when a concurrent write won). */
export function staleVersion(expected: number, current?: number): DomainError {
  const now = current === undefined ? 'has just been changed by someone else' : `is at version ${current} now`;
  return new DomainError(
    'stale_version',
    `You edited version ${expected}, but the challenge ${now}. Reload it, re-apply your change and send the new version.`,
    { details: current === undefined ? {} : { current_version: current } },
  );
}

/**
 * How this actor may change the challenge now: the owner edits (draft, changes requested), a
 * moderator amends (after approval); otherwise an invalid-state error that says when it is possible.
 */
export function editModeFor(actor: SignedIn, record: ChallengeRecord): 'edit' | 'amend' {
  const { row } = record;
  const mode = editMode(row.status, { owner: actor.id === row.owner_id, moderator: moderates(actor, row.cluster_id) });
  if (mode === null) {
    throw new DomainError(
      'invalid_state',
      `The challenge is ${row.status}. Owners edit it in draft or changes_requested; after approval moderators amend it.`,
      { details: { current_state: row.status } },
    );
  }
  return mode;
}

/**
 * What the patch would make inconsistent with what is stored, all at once: a TRL range upside
 * down, an evaluation that closes before submissions, a device class of another regulation, and a
 * deadline set in the past. An owner's deadline must lie ahead whenever it is sent (a draft with a
 * past one could never be submitted); a moderator's amendment may keep a deadline that has passed
 * (the challenge may be in evaluation), but cannot move it into the past.
 */
function patchErrors(
  mode: 'edit' | 'amend',
  row: ChallengeRecord['row'],
  fields: Omit<ChallengePatch, 'tags' | 'criteria'>,
) {
  const errors: { path: string; message: string }[] = [];
  const trlMin = fields.trl_min ?? row.trl_min;
  const trlMax = fields.trl_max ?? row.trl_max;
  if (trlMin > trlMax) {
    errors.push({ path: 'trl_max', message: `trl_max (${trlMax}) must be at least trl_min (${trlMin}).` });
  }
  const deadline = fields.deadline ?? row.deadline;
  const evaluationDeadline =
    fields.evaluation_deadline === undefined ? row.evaluation_deadline : fields.evaluation_deadline;
  if (evaluationDeadline && evaluationDeadline <= deadline) {
    errors.push({
      path: 'evaluation_deadline',
      message: 'The evaluation closes after submissions close: choose a later date than the submission deadline.',
    });
  }
  if (fields.deadline && deadlinePassed(fields.deadline) && (mode === 'edit' || fields.deadline !== row.deadline)) {
    errors.push({ path: 'deadline', message: DEADLINE_PASSED });
  }
  const regulation = fields.regulation ?? row.regulation;
  const deviceClass = fields.device_class === undefined ? row.device_class : fields.device_class;
  const classTouched = fields.regulation !== undefined || fields.device_class !== undefined;
  if (classTouched && !classFits(regulation, deviceClass)) {
    errors.push({ path: 'device_class', message: CLASS_MISMATCH });
  }
  return errors;
}

/**
 * Owners edit in draft / changes_requested; moderators amend after approval (audited). The write
 * is guarded by the version the client read, so a concurrent edit makes this one stale_version, never a
 * silent overwrite.
 */
export async function updateChallenge(
  db: Database,
  actor: SignedIn,
  record: ChallengeRecord,
  version: number,
  patch: ChallengePatch,
): Promise<void> {
  const { row } = record;
  const mode = editModeFor(actor, record);
  if (row.version !== version) throw staleVersion(version, row.version);
  const { tags, criteria, ...fields } = patch;
  const errors = patchErrors(mode, row, fields);
  if (errors.length > 0) {
    throw new DomainError('validation_failed', errors.map((e) => e.message).join(' '), { errors });
  }
  if ('blind_review' in fields && fields.blind_review !== row.blind_review && mode === 'amend') {
    throw new DomainError(
      'invalid_state',
      'Blind review is fixed once a challenge is approved: solvers write their solutions knowing whether the jury sees who they are.',
      { details: { current_state: row.status } },
    );
  }
  if (fields.call_id !== undefined && fields.call_id !== row.call_id) {
    if (mode === 'amend') {
      throw new DomainError(
        'invalid_state',
        "The call is fixed once a challenge is approved: solvers took part under the call's rules.",
        { details: { current_state: row.status } },
      );
    }
    if (fields.call_id) await assertCallTakesChallenges(db, fields.call_id, row.cluster_id);
  }
  if (criteria && mode === 'amend') {
    throw new DomainError('invalid_state', 'Criteria and weights are fixed once a challenge is approved.', {
      details: { current_state: row.status },
    });
  }

  const guard = atVersion(row.id, version);
  const children = childRows(row.id, { tags, criteria });
  const changed = Object.keys(patch);
  const before = Object.fromEntries(changed.map((key) => [key, (row as Record<string, unknown>)[key] ?? null]));
  const statements = [
    auditIf(
      db,
      {
        actorId: actor.id,
        action: `challenge.${mode}`,
        entityType: 'challenge',
        entityId: row.id,
        clusterId: row.cluster_id,
        before: { version, ...before },
        after: { version: version + 1, ...patch },
      },
      guard,
    ),
    ...(criteria
      ? [
          // Stage 1's: the challenge form edits those (a later stage's come with PUT …/stages).
          db
            .delete(challengeCriteria)
            .where(and(eq(challengeCriteria.challenge_id, row.id), eq(challengeCriteria.stage, 1), guard)),
          ...children.criteria.map((c) => insertIf(db, challengeCriteria, c, guard)),
        ]
      : []),
    ...(tags
      ? [
          db.delete(challengeTags).where(and(eq(challengeTags.challenge_id, row.id), guard)),
          ...children.tags.map((t) => insertIf(db, challengeTags, t, guard)),
        ]
      : []),
  ];
  const updated = await batchEndingWith(
    db,
    statements,
    db
      .update(challenges)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(challenges.id, row.id), eq(challenges.version, version)))
      .returning({ version: challenges.version }),
  );
  // Someone saved between our read and this batch: the guarded statements did nothing either.
  if (updated.length === 0) throw staleVersion(version);
}
