import { type Actor, isSignedIn } from '../../domain/actor';
import { ALLOW, andThen, hide, signedIn, signInFirst, whenConfirmed } from '../decisions';
import type { ConversationFacts } from '../resources';

/** Only those taking part see a conversation: everyone else gets the 404 of one that does not exist. */
const takingPart = (actor: Actor, conversation: ConversationFacts) =>
  !isSignedIn(actor)
    ? signInFirst('Sign in to read your conversations.')
    : conversation.participant
      ? ALLOW
      : hide('conversation');

export const conversationRules = {
  /** One's own conversations, nobody else's. */
  'conversation.list': signedIn('read your conversations'),
  /** Contacting someone writes to them: a confirmed address first (an unconfirmed one may be someone else's). */
  'conversation.start': (actor: Actor) => andThen(signedIn('contact someone')(actor), () => whenConfirmed(actor)),
  'conversation.read': takingPart,
  /** Blocking protects oneself: anyone taking part may, confirmed or not. */
  'conversation.block': takingPart,
  /** Replying and sharing one's address: those taking part, with a confirmed address. */
  'conversation.write': (actor: Actor, conversation: ConversationFacts) =>
    andThen(takingPart(actor, conversation), () => whenConfirmed(actor)),
};
