import { adminOnly, signedIn } from '../decisions';

export const notificationRules = {
  /** One's own inbox, preferences and saved searches. */
  'notifications.own': signedIn('see your notifications'),
  /** Emails that could not be delivered, to look into. */
  'emails.read': adminOnly('see the email outbox'),
};
