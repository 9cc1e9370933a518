import type { Database } from '../db/client';
import type { Actor, SignedIn } from '../domain/actor';
import { type CallRecord, findCall, listCalls } from '../domain/calls/read';
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
