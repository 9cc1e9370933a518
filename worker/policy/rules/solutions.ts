import type { Actor } from '../actor';
import { ALLOW, type Decision, hide, isSignedIn, moderates } from '../decisions';
import type { SolutionFacts } from '../resources';

/**
 * Solutions are confidential: their submitter, the challenge owner, the cluster's moderators (and
 * admins), and jury members who declared no conflict on this very solution. Everyone else: 404.
 */
export function seeSolution(actor: Actor, solution: SolutionFacts): Decision {
  if (!isSignedIn(actor)) return hide();
  if (actor.id === solution.submitter_id) return ALLOW;
  if (actor.id === solution.challenge.owner_id || moderates(actor, solution.challenge.cluster_id)) return ALLOW;
  if (solution.jury?.conflict === false) return ALLOW;
  return hide();
}

export const solutionRules = {
  'solution.read': seeSolution,
};
