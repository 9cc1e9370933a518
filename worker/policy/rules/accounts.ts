import { signedIn } from '../decisions';

export const accountRules = {
  'session.end': signedIn('sign out'),
  'me.read': signedIn('see your account'),
};
