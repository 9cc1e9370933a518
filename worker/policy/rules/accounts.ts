import { type Actor, moderates } from '../../domain/actor';
import { ALLOW, andThen, forbid, signedIn, whenConfirmed } from '../decisions';

export const accountRules = {
  'session.end': signedIn('sign out'),
  'me.read': signedIn('see your account'),
  /** One's own API keys (issue 18): a key acts as its owner, so a confirmed address is needed to make one. */
  'api_key.create': (actor: Actor) => andThen(signedIn('create an API key')(actor), () => whenConfirmed(actor)),
  'api_key.own': signedIn('see your API keys'),
  /** A key that moderates one cluster: for that cluster's moderators and admins. */
  'api_key.restrict': (actor: Actor, cluster: { id: string; slug: string }) =>
    moderates(actor, cluster.id)
      ? ALLOW
      : forbid(`Only moderators of ${cluster.slug} and admins may restrict a key to it; leave "cluster" out.`),
};
