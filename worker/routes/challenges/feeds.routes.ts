import { createRoute, z } from '@hono/zod-openapi';
import { OPTIONAL_SIGN_IN, PUBLIC, problemResponses } from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from './challenges.routes';

export const atom = createRoute({
  operationId: 'getChallengesFeed',
  method: 'get',
  path: '/feeds/challenges.atom',
  tags: ['Feeds'],
  summary: 'Atom feed of open public challenges',
  security: PUBLIC,
  responses: {
    [OK]: { description: 'Atom 1.0.', content: { 'application/atom+xml': { schema: z.string() } } },
  },
});

export const calendar = createRoute({
  operationId: 'getChallengeCalendar',
  method: 'get',
  path: '/api/v1/challenges/{id}/calendar.ics',
  tags: ['Feeds'],
  summary: "A challenge's submission deadline as iCalendar",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: { description: 'iCalendar with one event.', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses('not_found'),
  },
});

/**
 * The feed of a saved search. The address is `/feeds/saved/<token>.atom`; Hono cannot match a
 * parameter followed by a suffix in one segment, so the parameter is the whole file name.
 */
export const savedSearchAtom = createRoute({
  operationId: 'getSavedSearchFeed',
  method: 'get',
  path: '/feeds/saved/{feed}',
  tags: ['Feeds'],
  summary: "Atom feed of a saved search's matches (public challenges only)",
  security: PUBLIC,
  description:
    'The address is the `feed_url` of a saved search: its token is the only key, so anyone who has it can ' +
    'read the feed, which therefore carries public challenges only. Deleting the search ends the feed.',
  request: {
    params: z.object({
      feed: z
        .string()
        .max(120)
        .openapi({ description: '`<token>.atom`, as at the end of the `feed_url`.', example: '3f9c…e1.atom' }),
    }),
  },
  responses: {
    [OK]: { description: 'Atom 1.0.', content: { 'application/atom+xml': { schema: z.string() } } },
    ...problemResponses('not_found'),
  },
});
