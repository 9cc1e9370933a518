import { createRoute, z } from '@hono/zod-openapi';
import { ChallengeMatchesSchema, MatchQuerySchema, MyMatchesSchema } from '../../domain/matches/match.view';
import { idParam, jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { OK } from '../../http/status';

const tags = ['Suggested matches'];
const WEIGHTS_NOTE =
  'Scored in one query: 3 per shared tag, 2 for the care-pathway step, 2 for experience with its device class, ' +
  '1 when the TRL ranges meet, 1 for each thing offered or sought that the challenge needs or gives ' +
  '(a pilot: pilot site; co-development; a funding call: investment; data on offer: clinical data; CE marking: regulatory advice). ' +
  'A suggestion shares at least a tag or the care-pathway step; each comes with the reason, in the language asked ' +
  '(`lang`, then Accept-Language, then your account’s).';

export const challengeMatches = createRoute({
  operationId: 'listChallengeMatches',
  method: 'get',
  path: '/api/v1/challenges/{id}/matches',
  tags,
  summary: 'Suggested partners for a challenge: listed organizations and public experts that fit it, with the reason',
  description: `${WEIGHTS_NOTE} For the challenge's owner and the moderators of its cluster. Not suggested: the owner's own organization, an organization with a submitted solution here, the owner and their colleagues.`,
  security: SIGNED_IN,
  request: { params: z.object({ id: idParam('id') }), query: MatchQuerySchema },
  responses: {
    [OK]: jsonContent(ChallengeMatchesSchema, 'The best organizations and experts, each ranked, with the reason.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found'),
  },
});

export const myMatches = createRoute({
  operationId: 'listMyMatches',
  method: 'get',
  path: '/api/v1/me/matches',
  tags,
  summary: 'The open challenges and calls that fit your organization and your expertise, with the reason',
  description: `${WEIGHTS_NOTE} Only challenges you may see, open to new solutions, not yours or your organization’s, none you already have a solution on. A call fits through its challenges.`,
  security: SIGNED_IN,
  request: { query: MatchQuerySchema },
  responses: {
    [OK]: jsonContent(MyMatchesSchema, 'The best challenges and calls for you.'),
    ...problemResponses('validation_failed', 'unauthorized'),
  },
});
