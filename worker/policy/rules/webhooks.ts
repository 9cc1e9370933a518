import type { Actor } from '../../domain/actor';
import { ALLOW, andThen, forbid, signedIn, whenConfirmed } from '../decisions';

/**
 * Webhooks (issue 18): everyone signed in manages their own subscriptions; another's is absent
 * (404, in the domain's queries). Each delivery is then filtered by what its owner may see.
 */
export const webhookRules = {
  /**
   * A subscription sends news to the internet in its owner's name: a confirmed address first. Its
   * deliveries act as the whole account (it outlives the key that made it), so a key restricted to
   * one cluster may not make one: that would undo its restriction.
   */
  'webhook.create': (actor: Actor) =>
    andThen(signedIn('create a webhook')(actor), () =>
      andThen(
        actor.type !== 'anonymous' && actor.apiKey?.clusterId
          ? forbid(
              'A key restricted to one cluster cannot create a webhook: its deliveries would act for your whole account. Create it signed in, or with a key that is not restricted to a cluster.',
            )
          : ALLOW,
        () => whenConfirmed(actor),
      ),
    ),
  'webhook.own': signedIn('manage your webhooks'),
};
