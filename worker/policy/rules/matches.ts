import type { Actor } from '../../domain/actor';
import { ALLOW, forbid, signedIn } from '../decisions';
import type { ChallengeFacts } from '../resources';
import { isInsider, visibleThen } from './challenges';

export const matchRules = {
  /**
   * Suggested partners for a challenge (issue 16) help whoever runs it find solvers: its owner and
   * the moderators of its cluster (admins too). Others who see the challenge are told why not;
   * those who cannot see it get the same 404 as for no challenge at all.
   */
  'challenge.matches': (actor: Actor, challenge: ChallengeFacts) =>
    visibleThen(challenge, actor, 'see suggested partners', () =>
      isInsider(actor, challenge)
        ? ALLOW
        : forbid("Only the challenge owner or a moderator of the challenge's cluster sees its suggested partners."),
    ),
  /** One's own suggestions: the open challenges and calls that fit one's organization and expertise. */
  'matches.own': signedIn('see the challenges and calls that fit you'),
};
