import { type Actor, isSignedIn } from '../../domain/actor';
import { signInFirst, whenConfirmed } from '../decisions';

export const invitationRules = {
  /**
   * Accepting needs a signed-in, confirmed account; the domain then checks it is the invited
   * address's (the link alone is not enough).
   */
  'invitation.accept': (actor: Actor) =>
    isSignedIn(actor) ? whenConfirmed(actor) : signInFirst('Sign in (or register) with the invited address to accept.'),
};
