import { adminOnly, signedIn } from '../decisions';

export const accountRules = {
  'session.end': signedIn('sign out'),
  'me.read': signedIn('see your account'),
  'cluster.create': adminOnly('create clusters'),
  'cluster.moderators.manage': adminOnly('appoint or remove moderators'),
};
