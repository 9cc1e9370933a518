import type { Context } from 'hono';
import { findChallenge } from '../../domain/challenges/read';
import type { AppEnv } from '../../env';
import { Problem } from '../../http/problem';
import { authorize } from '../../policy/policy';

/** The challenge if it exists and the actor may see it; otherwise the same 404 either way. */
export async function loadVisibleChallenge(c: Context<AppEnv>, id: string) {
  const actor = c.var.actor;
  const record = await findChallenge(c.var.db, id, actor.type === 'user' ? actor.id : null);
  if (!record) throw new Problem('not_found', 'There is no such challenge, or it is not visible to you.');
  authorize(actor, 'challenge.read', record.row);
  return record;
}
