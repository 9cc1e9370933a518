import type { Database } from '../db/client';
import { type Actor, isSignedIn, type SignedIn } from '../domain/actor';
import type { CooperationListQuery } from '../domain/cooperations/cooperation.schema';
import { recordable } from '../domain/cooperations/lifecycle';
import {
  type CooperationRow,
  cooperationQuery,
  listCooperations,
  type MilestoneRow,
  milestonesQuery,
  toCooperation as shape,
} from '../domain/cooperations/read';
import { notVisible } from '../domain/errors';
import { can, decide, refusal, requireUser } from '../policy/policy';
import type { CooperationFacts, MilestoneFacts } from '../policy/resources';
import { takesPart } from '../policy/rules/cooperations';
import { takingPartIn, visibleCooperations } from './scopes';

export type CooperationAction =
  | 'cooperation.read'
  | 'cooperation.edit'
  | 'cooperation.publish_clinic'
  | 'cooperation.publish_solver'
  | 'cooperation.kpi_verdict'
  | 'cooperation.publish_milestone';

export interface LoadedCooperation {
  row: CooperationRow;
  facts: CooperationFacts;
  /** What the reader may see of its milestones: all for those who take part, the public ones for others. */
  milestones: MilestoneRow[];
}

const cooperationFacts = (actor: Actor, row: CooperationRow): CooperationFacts => ({
  cluster_id: row.cluster_id,
  clinic: isSignedIn(actor) && actor.id === row.owner_id,
  solver: Boolean(row.on_team),
  public: Boolean(row.public),
});

/** Throws the refusal, worded as for a cooperation that does not exist when it is a 404. */
function check(actor: Actor, action: CooperationAction, facts: CooperationFacts | MilestoneFacts) {
  const decision = decide(actor, action, facts);
  if (!decision.allow) throw decision.status === 'not_found' ? notVisible('cooperation') : refusal(decision);
}

/** The cooperation and its milestones in one round trip, if the actor may take `action` on it; 404 otherwise. */
export async function loadCooperation(
  db: Database,
  actor: Actor,
  id: string,
  action: CooperationAction = 'cooperation.read',
): Promise<LoadedCooperation> {
  const viewer = isSignedIn(actor) ? actor.id : null;
  const [[row], milestones] = await db.batch([cooperationQuery(db, id, viewer), milestonesQuery(db, id)]);
  if (!row) throw notVisible('cooperation');
  const facts = cooperationFacts(actor, row);
  check(actor, 'cooperation.read', facts);
  if (action !== 'cooperation.read') check(actor, action, facts);
  const all = takesPart(actor, facts);
  return { row, facts, milestones: all ? milestones : milestones.filter((m) => m.public) };
}

/** The same, for a change by a signed-in user allowed `action`. */
export async function loadCooperationFor(db: Database, actor: Actor, id: string, action: CooperationAction) {
  const loaded = await loadCooperation(db, actor, id, action);
  return { ...loaded, actor: requireUser(actor, 'update this cooperation') };
}

/** A milestone of a cooperation the actor may update; the milestone's 404 otherwise. */
export async function loadMilestoneFor(db: Database, actor: Actor, id: string, milestoneId: string) {
  const loaded = await loadCooperationFor(db, actor, id, 'cooperation.edit');
  // Those who may update see every milestone: it was read with the cooperation, in the same round trip.
  const milestone = loaded.milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw notVisible('milestone');
  return { ...loaded, milestone };
}

/** Everything a viewer may do on a cooperation now (who × when), for its page. */
export function cooperationAffordances(actor: Actor, loaded: LoadedCooperation) {
  const { facts, row } = loaded;
  return {
    edit: can(actor, 'cooperation.edit', facts),
    record: can(actor, 'cooperation.edit', facts) && recordable(row.status),
    publishClinic: can(actor, 'cooperation.publish_clinic', facts),
    publishSolver: can(actor, 'cooperation.publish_solver', facts),
    kpiVerdict: can(actor, 'cooperation.kpi_verdict', facts),
  };
}
export type CooperationAffordances = ReturnType<typeof cooperationAffordances>;

/** The cooperation as the API answers it. */
export const toCooperation = ({ row, facts, milestones }: LoadedCooperation) =>
  shape(row, facts.clinic ? 'clinic' : facts.solver ? 'solver' : null, milestones);

/** What a patch asks, as the actions the policy decides: status needs `edit`, each consent its own side. */
export function authorizePatch(
  actor: Actor,
  loaded: LoadedCooperation,
  patch: { status?: unknown; public_clinic?: unknown; public_solver?: unknown },
) {
  const consent = patch.public_clinic !== undefined || patch.public_solver !== undefined;
  if (patch.status !== undefined || !consent) check(actor, 'cooperation.edit', loaded.facts);
  if (patch.public_clinic !== undefined) check(actor, 'cooperation.publish_clinic', loaded.facts);
  if (patch.public_solver !== undefined) check(actor, 'cooperation.publish_solver', loaded.facts);
  return requireUser(actor, 'update this cooperation');
}

type MilestoneFields = {
  kpi_met?: boolean | null;
  public?: boolean;
  kpi_value?: number | null;
  kpi_unit?: string | null;
  kpi_method?: string | null;
  status?: string;
};

/**
 * What a new milestone (no `milestone`) or a change to one asks beyond `edit`, and the fields to
 * write. Whether a KPI met its target is the clinic side's word alone; whether a milestone is public
 * is the word of the side that recorded it (a new one: the recorder's). Only what changes is asked,
 * so a form sending every field back passes for what it leaves as it was. A met KPI is the clinic's
 * verdict on a measurement: when someone else changes the measurement (value, unit, method or
 * status), the verdict no longer covers it and is withdrawn in the same write.
 */
export function authorizeMilestone<T extends MilestoneFields>(
  actor: Actor,
  loaded: LoadedCooperation,
  fields: T,
  milestone?: MilestoneRow,
): T {
  const verdict = can(actor, 'cooperation.kpi_verdict', loaded.facts);
  if (fields.kpi_met !== undefined && fields.kpi_met !== (milestone?.kpi_met ?? null)) {
    check(actor, 'cooperation.kpi_verdict', loaded.facts);
  }
  if (!milestone) return fields;
  if (fields.public !== undefined && fields.public !== milestone.public) {
    check(actor, 'cooperation.publish_milestone', { ...loaded.facts, recorded_by: milestone.recorded_by });
  }
  const remeasured = (['kpi_value', 'kpi_unit', 'kpi_method', 'status'] as const).some(
    (key) => fields[key] !== undefined && fields[key] !== milestone[key],
  );
  return milestone.kpi_met !== null && remeasured && !verdict ? { ...fields, kpi_met: null } : fields;
}

/** Whether the viewer may set a milestone's `public` (its page shows the box only then). */
export const mayPublishMilestone = (actor: Actor, loaded: LoadedCooperation, milestone: MilestoneRow) =>
  can(actor, 'cooperation.publish_milestone', { ...loaded.facts, recorded_by: milestone.recorded_by });

/** A page of the cooperations the actor may see (`visibleCooperations`). */
export const listVisibleCooperations = (db: Database, actor: Actor, query: CooperationListQuery) =>
  listCooperations(db, isSignedIn(actor) ? actor.id : null, visibleCooperations(actor), query);

/** A page of the cooperations a signed-in user takes part in or moderates (their list page). */
export const listTakingPart = (db: Database, actor: SignedIn, query: CooperationListQuery) =>
  listCooperations(db, actor.id, takingPartIn(actor), query);
