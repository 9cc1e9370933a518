import { and, eq, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { cooperationMilestones, cooperations, solutionMembers } from '../../db/schema';
import { NOW } from '../../db/schema/columns';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, type FieldError, invalidState } from '../errors';
import { tallyMilestone } from '../impact/tallies';
import { notify, people } from '../notifications/notify';
import type { CooperationPatch, MilestoneInput, MilestonePatch } from './cooperation.schema';
import { KIND_FIELDS } from './cooperation.schema';
import { mayMove, RECORDABLE, recordable } from './lifecycle';
import type { CooperationRow, MilestoneRow } from './read';

type Kind = MilestoneRow['kind'];

const staleVersion = (what: string, expected: number, current?: number) =>
  new DomainError(
    'stale_version',
    `You edited version ${expected} of this ${what}, but it ${current === undefined ? 'has just been changed by someone else' : `is at version ${current} now`}. Reload it, re-apply your change and send the new version.`,
    { details: current === undefined ? {} : { current_version: current } },
  );

/** The fields of one kind only, sent for a milestone of another kind: field errors naming each. */
function wrongKindFields(kind: Kind, fields: Record<string, unknown>): FieldError[] {
  return Object.entries(KIND_FIELDS).flatMap(([owner, names]) =>
    owner === kind
      ? []
      : names
          .filter((name) => fields[name] !== undefined && fields[name] !== null)
          .map((name) => ({
            path: name,
            message: `${name} belongs to a ${owner} milestone; this one is a ${kind}. Leave it out, or record a ${owner} milestone.`,
          })),
  );
}

function refuseWrongKind(kind: Kind, fields: Record<string, unknown>) {
  const errors = wrongKindFields(kind, fields);
  if (errors.length) {
    throw new DomainError('validation_failed', `Some fields do not belong to a ${kind} milestone.`, { errors });
  }
}

function nothingToChange(patch: object, what: string) {
  if (Object.keys(patch).length === 0) {
    throw new DomainError('validation_failed', `Nothing to change: send ${what} with the version.`);
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Done without a date: done today. */
const withAchievedDate = <T extends { status?: string; achieved_on?: string | null }>(
  fields: T,
  current?: string | null,
) => (fields.status === 'done' && !fields.achieved_on && !current ? { ...fields, achieved_on: today() } : fields);

/** The cooperation moves on: its version (and so its ETag, which covers its milestones) changes. */
const bumpCooperation = (db: Database, id: string, guard: SQL) =>
  db
    .update(cooperations)
    .set({ version: sql`${cooperations.version} + 1`, updated_at: NOW })
    .where(and(eq(cooperations.id, id), guard));

const stillRecordable = (id: string) =>
  sql`EXISTS (SELECT 1 FROM ${cooperations} WHERE ${cooperations.id} = ${id}
    AND ${cooperations.status} IN (${sql.join(
      RECORDABLE.map((s) => sql`${s}`),
      sql`, `,
    )}))`;

/**
 * The news that a milestone was reached (became done), for the batch that records it: both sides
 * hear (not who recorded it), and subscribers of `milestone.reached` who may see it get a webhook.
 * `public` is the milestone's as this change leaves it, which decides who outside the cooperation
 * may hear.
 */
function milestoneReached(
  db: Database,
  actor: SignedIn,
  row: CooperationRow,
  milestone: { id: string; kind: Kind; version: number; achieved_on: string | null; public: boolean },
  guard: SQL,
) {
  return notify(db, {
    eventId: uuidv7(),
    kind: 'milestone_reached',
    key: `milestone_reached:${milestone.id}:${milestone.version}`,
    recipients: people(sql`SELECT ${row.owner_id} AS user_id UNION SELECT ${solutionMembers.user_id}
      FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${row.solution_id}`),
    challengeId: row.challenge_id,
    params: {
      title: row.challenge_title,
      cooperation_id: row.id,
      milestone_id: milestone.id,
      milestone_kind: milestone.kind,
      achieved_on: milestone.achieved_on,
      milestone_public: milestone.public ? 1 : 0,
    },
    actorId: actor.id,
    guard,
  });
}

function refuseUnlessRecordable(row: CooperationRow) {
  if (!recordable(row.status)) {
    throw invalidState('This cooperation has ended: its milestones can no longer change.', row.status);
  }
}

/**
 * Status and each side's consent to publish, guarded by the version read (a stale edit is 412,
 * never an overwrite) and audited with the fields before and after in the same batch. Who may set
 * which field is the policy's question, asked by the caller.
 */
export async function updateCooperation(
  db: Database,
  actor: SignedIn,
  row: CooperationRow,
  version: number,
  patch: Omit<CooperationPatch, 'version'>,
) {
  if (row.version !== version) throw staleVersion('cooperation', version, row.version);
  nothingToChange(patch, 'status, public_clinic or public_solver');
  if (patch.status !== undefined && !mayMove(row.status, patch.status)) {
    throw invalidState(
      row.status === 'ended'
        ? 'This cooperation has ended, which closes it for good: its status can no longer change. Its record stays readable.'
        : `A ${row.status} cooperation cannot become ${patch.status}.`,
      row.status,
    );
  }
  const changed = Object.keys(patch) as (keyof typeof patch)[];
  const before = Object.fromEntries(changed.map((key) => [key, row[key]]));
  const guard = sql`EXISTS (SELECT 1 FROM ${cooperations} WHERE ${cooperations.id} = ${row.id} AND ${cooperations.version} = ${version})`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'cooperation.update',
          entityType: 'cooperation',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { version, ...before },
          after: { version: version + 1, ...patch },
        },
        guard,
      ),
    ],
    db
      .update(cooperations)
      .set({ ...patch, version: version + 1, updated_at: NOW })
      .where(and(eq(cooperations.id, row.id), eq(cooperations.version, version)))
      .returning({ version: cooperations.version }),
  );
  if (updated.length === 0) throw staleVersion('cooperation', version);
}

/** A new milestone, audited, while the cooperation has not ended. */
export async function addMilestone(db: Database, actor: SignedIn, row: CooperationRow, input: MilestoneInput) {
  refuseUnlessRecordable(row);
  const { kind, ...fields } = withAchievedDate(input);
  refuseWrongKind(kind, fields);
  const id = uuidv7();
  const guard = stillRecordable(row.id);
  const added = await batchEndingWith(
    db,
    [
      insertIf(
        db,
        cooperationMilestones,
        { ...fields, id, kind, cooperation_id: row.id, created_by: actor.id, updated_by: actor.id },
        guard,
      ),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'cooperation.milestone_add',
          entityType: 'cooperation',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: null,
          after: { milestone_id: id, kind, version: 1, ...fields },
        },
        guard,
      ),
      ...tallyMilestone(db, row.cluster_id, null, { kind, ...fields }, guard),
      ...(fields.status === 'done'
        ? milestoneReached(
            db,
            actor,
            row,
            { id, kind, version: 1, achieved_on: fields.achieved_on ?? null, public: fields.public ?? false },
            guard,
          )
        : []),
    ],
    bumpCooperation(db, row.id, guard).returning({ version: cooperations.version }),
  );
  if (added.length === 0) {
    throw invalidState('This cooperation ended while the milestone was being saved; nothing was recorded.', 'ended');
  }
  return id;
}

/**
 * A change to a milestone, guarded by the milestone's version and audited with the fields before
 * and after; the cooperation's version moves with it.
 */
export async function updateMilestone(
  db: Database,
  actor: SignedIn,
  row: CooperationRow,
  milestone: MilestoneRow,
  version: number,
  input: Omit<MilestonePatch, 'version'>,
) {
  refuseUnlessRecordable(row);
  if (milestone.version !== version) throw staleVersion('milestone', version, milestone.version);
  nothingToChange(input, 'status, its dates, public, note or the fields of its kind');
  const patch = withAchievedDate(input, milestone.achieved_on);
  refuseWrongKind(milestone.kind, patch);
  const changed = Object.keys(patch) as (keyof typeof patch)[];
  const before = Object.fromEntries(changed.map((key) => [key, milestone[key]]));
  const guard = sql`EXISTS (SELECT 1 FROM ${cooperationMilestones} WHERE ${cooperationMilestones.id} = ${milestone.id}
    AND ${cooperationMilestones.version} = ${version}) AND ${stillRecordable(row.id)}`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'cooperation.milestone_update',
          entityType: 'cooperation',
          entityId: row.id,
          clusterId: row.cluster_id,
          before: { milestone_id: milestone.id, kind: milestone.kind, version, ...before },
          after: { milestone_id: milestone.id, kind: milestone.kind, version: version + 1, ...patch },
        },
        guard,
      ),
      // What the milestone counts in the impact figures moves with it (done or undone, its date…).
      ...tallyMilestone(db, row.cluster_id, milestone, { ...milestone, ...patch }, guard),
      ...(patch.status === 'done' && milestone.status !== 'done'
        ? milestoneReached(
            db,
            actor,
            row,
            {
              id: milestone.id,
              kind: milestone.kind,
              version: version + 1,
              achieved_on: patch.achieved_on ?? milestone.achieved_on,
              public: patch.public ?? milestone.public,
            },
            guard,
          )
        : []),
      bumpCooperation(db, row.id, guard),
    ],
    db
      .update(cooperationMilestones)
      .set({ ...patch, version: version + 1, updated_by: actor.id, updated_at: NOW })
      .where(
        and(
          eq(cooperationMilestones.id, milestone.id),
          eq(cooperationMilestones.version, version),
          stillRecordable(row.id),
        ),
      )
      .returning({ version: cooperationMilestones.version }),
  );
  if (updated.length === 0) throw staleVersion('milestone', version);
}
