import { type Actor, isSignedIn } from '../../domain/actor';
import { adminOnly, signedIn, signInFirst, whenConfirmed } from '../decisions';

export const notificationRules = {
  /** One's own inbox, preferences and saved searches. */
  'notifications.own': signedIn('see your notifications'),
  /** Saving a search: each is matched against every challenge a moderator publishes, so confirmed accounts only. */
  'saved_search.create': (actor: Actor) =>
    isSignedIn(actor) ? whenConfirmed(actor) : signInFirst('Sign in to save a search.'),
  /** Emails that could not be delivered, to look into. */
  'emails.read': adminOnly('see the email outbox'),
};
