import type { Actor } from '../../domain/actor';
import { andThen, signedIn, whenConfirmed } from '../decisions';

/**
 * Webhooks (issue 18): everyone signed in manages their own subscriptions; another's is absent
 * (404, in the domain's queries). Each delivery is then filtered by what its owner may see.
 */
export const webhookRules = {
  /** A subscription sends news to the internet in its owner's name: a confirmed address first. */
  'webhook.create': (actor: Actor) => andThen(signedIn('create a webhook')(actor), () => whenConfirmed(actor)),
  'webhook.own': signedIn('manage your webhooks'),
};
