import { type Actor, isSignedIn, moderates } from '../../domain/actor';
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
  /**
   * Those taking part; and once someone in it reported it, the platform's admins and, for a
   * conversation about a challenge, its cluster's moderators (their reading is audited). Never before.
   */
  'conversation.read': (actor: Actor, conversation: ConversationFacts) =>
    conversation.reported &&
    isSignedIn(actor) &&
    (actor.isAdmin || (typeof conversation.cluster_id === 'string' && moderates(actor, conversation.cluster_id)))
      ? ALLOW
      : takingPart(actor, conversation),
  /** Blocking and reporting protect oneself: anyone taking part may, confirmed or not. */
  'conversation.block': takingPart,
  /** Replying and sharing one's address: those taking part, with a confirmed address. */
  'conversation.write': (actor: Actor, conversation: ConversationFacts) =>
    andThen(takingPart(actor, conversation), () => whenConfirmed(actor)),
};
