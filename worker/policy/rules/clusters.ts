import { type Actor, isSignedIn, moderates } from '../../domain/actor';
import { ALLOW, adminOnly, forbid, signInFirst } from '../decisions';

export const clusterRules = {
  'cluster.create': adminOnly('create clusters'),
  'cluster.moderators.manage': adminOnly('appoint or remove moderators'),
  /** A cluster's terms templates: its moderators (and admins) write new versions. */
  'terms.template.write': (actor: Actor, cluster: { id: string }) =>
    !isSignedIn(actor)
      ? signInFirst('Sign in as a moderator of this cluster to write its terms templates.')
      : moderates(actor, cluster.id)
        ? ALLOW
        : forbid("Only the cluster's moderators write its terms templates."),
};
