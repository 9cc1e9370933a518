import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../../http/openapi';
import { OK } from '../../http/status';
import { IdParam } from './challenges.routes';

export const atom = createRoute({
  method: 'get',
  path: '/feeds/challenges.atom',
  tags: ['Feeds'],
  summary: 'Atom feed of open public challenges',
  responses: {
    [OK]: { description: 'Atom 1.0.', content: { 'application/atom+xml': { schema: z.string() } } },
  },
});

export const calendar = createRoute({
  method: 'get',
  path: '/api/v1/challenges/{id}/calendar.ics',
  tags: ['Feeds'],
  summary: "A challenge's submission deadline as iCalendar",
  request: { params: IdParam },
  responses: {
    [OK]: { description: 'iCalendar with one event.', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses('not_found'),
  },
});
