import type { Actor } from '../../domain/actor';
import { hide } from '../decisions';
import type { AttachmentFacts } from '../resources';
import { challengeRules, seeChallenge } from './challenges';
import { seeSolution, solutionRules } from './solutions';

/**
 * Attachments follow what they belong to: read by whoever may read the solution (or the
 * challenge), and 404 to everyone else with the same words; added and deleted by whoever may edit
 * it (solution.edit, challenge.edit). A withdrawn solution's attachments are out of view for all.
 */
export const attachmentRules = {
  'attachment.read': (actor: Actor, a: AttachmentFacts) =>
    'solution' in a
      ? a.solution.status === 'withdrawn'
        ? hide('attachment')
        : seeSolution(actor, a.solution)
      : seeChallenge(actor, a.challenge),
  'attachment.change': (actor: Actor, a: AttachmentFacts) =>
    'solution' in a
      ? solutionRules['solution.edit'](actor, a.solution)
      : challengeRules['challenge.edit'](actor, a.challenge),
};
