import type { Context } from 'hono';
import { findSolution, type SolutionRecord } from '../../domain/solutions/facts';
import type { AppEnv } from '../../env';
import { notVisible } from '../../http/problem';
import { type Action, authorizeUser } from '../../policy/policy';

type SolutionAction = Extract<Action, `solution.${string}`>;

/** The solution if it exists and the signed-in actor may do `action` to it; one 404 wording either way. */
export async function loadSolutionFor(c: Context<AppEnv>, id: string, action: SolutionAction) {
  // Sign-in comes first, so anonymous callers learn nothing about which ids exist.
  authorizeUser(c.var.actor, 'me.read');
  const record: SolutionRecord | undefined = await findSolution(c.var.db, c.var.actor, id);
  if (!record) throw notVisible('solution');
  const actor = authorizeUser(c.var.actor, action as 'solution.read', record.facts);
  return { record, actor };
}
