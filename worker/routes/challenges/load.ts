import type { BatchItem } from 'drizzle-orm/batch';
import type { Context } from 'hono';
import { type ChallengeRecord, challengeQuery } from '../../domain/challenges/read';
import type { AppEnv } from '../../env';
import { notVisible } from '../../http/problem';
import { authorize } from '../../policy/policy';

const viewerOf = (c: Context<AppEnv>) => (c.var.actor.type === 'user' ? c.var.actor.id : null);

/** The challenge read in a batch, if the actor may see it; the same 404 otherwise. */
export function visible(c: Context<AppEnv>, record: ChallengeRecord | undefined): ChallengeRecord {
  if (!record) throw notVisible('challenge');
  authorize(c.var.actor, 'challenge.read', record.row);
  return record;
}

/** The challenge if it exists and the actor may see it; the same 404 otherwise, either way. */
export async function loadVisibleChallenge(c: Context<AppEnv>, id: string): Promise<ChallengeRecord> {
  const [record] = await challengeQuery(c.var.db, id, viewerOf(c));
  return visible(c, record);
}

/**
 * The challenge and another read about it in one D1 round trip; the other result is only
 * returned once the challenge turned out to be visible.
 */
export async function loadVisibleChallengeWith<Q extends BatchItem<'sqlite'>>(
  c: Context<AppEnv>,
  id: string,
  alongside: Q,
): Promise<[ChallengeRecord, Awaited<Q>]> {
  const [records, result] = await c.var.db.batch([challengeQuery(c.var.db, id, viewerOf(c)), alongside]);
  return [visible(c, records[0]), result as Awaited<Q>];
}
