import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, adminOnly, forbid } from '../decisions';

export const impactRules = {
  /**
   * All of a cluster's impact figures (jury load, timing, every country): its moderators and
   * admins. Everyone else reads the public figures of the same dashboard, so this decides which.
   */
  'impact.cluster.full': (actor: Actor, cluster: { id: string }) =>
    isSignedIn(actor) && moderates(actor, cluster.id)
      ? ALLOW
      : forbid("Only the cluster's moderators read all its figures; everyone reads the public ones."),
  'impact.network.read': adminOnly("read the whole network's impact figures"),
};
