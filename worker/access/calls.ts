import type { Database } from '../db/client';
import type { Actor, SignedIn } from '../domain/actor';
import { unmetRules } from '../domain/calls/eligibility';
import { type CallRecord, eligibilityFacts, findCall, listCalls } from '../domain/calls/read';
import { notVisible } from '../domain/errors';
import { authorize, authorizeUser } from '../policy/policy';
import { visibleCalls } from './scopes';

/** The call if it exists and the actor may see it; the same 404 otherwise. */
export async function loadCall(db: Database, actor: Actor, id: string): Promise<CallRecord> {
  const record = await findCall(db, id);
  return visibleCall(actor, record);
}

export function visibleCall(actor: Actor, record: CallRecord | undefined): CallRecord {
  if (!record) throw notVisible('call');
  authorize(actor, 'call.read', record);
  return record;
}

/** The visible call and the signed-in actor who may edit it; 401/403/404 otherwise. */
export async function loadCallForEdit(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ record: CallRecord; actor: SignedIn }> {
  const record = await loadCall(db, actor, id);
  return { record, actor: authorizeUser(actor, 'call.edit', record) };
}

/** The calls this actor may see, optionally of one cluster. */
export const listCallsFor = (db: Database, actor: Actor, cluster?: string) =>
  listCalls(db, visibleCalls(actor), cluster);

/**
 * What the solution form shows before a solver writes, for a challenge in a call: the call, its
 * rules, and those the solver's organization does not meet (the TRL is judged on submission).
 * Null when the challenge is in no call.
 */
export async function eligibilityNotice(db: Database, actor: SignedIn, callId: string | null) {
  const facts = await eligibilityFacts(db, callId, actor.organizationId);
  if (!facts) return null;
  return { call: facts.call, rules: facts.rules, unmet: unmetRules(facts.rules, { organization: facts.organization }) };
}
export type EligibilityNotice = NonNullable<Awaited<ReturnType<typeof eligibilityNotice>>>;
