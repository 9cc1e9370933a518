import { ALLOW, signedIn, whenConfirmed } from '../decisions';

export const peopleRules = {
  /** The people directory shows only what each person chose to make public: everyone reads it. */
  'people.read': () => ALLOW,
  /** One's own expert profile, read and saved by its owner only (`/me/profile`). */
  'profile.own': signedIn('keep your expert profile'),
  /** Showing it to everyone needs a confirmed address: an unconfirmed one may be someone else's. */
  'profile.publish': whenConfirmed,
};
