import { createRoute, z } from '@hono/zod-openapi';
import { jsonContent, PUBLIC, problemResponses } from '../../http/openapi';
import { OK } from '../../http/status';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    schema_version: z.string().openapi({ example: '0001_challenge_search' }),
    migrations_applied: z.number().int(),
  })
  .openapi('Health');

export const health = createRoute({
  operationId: 'getHealth',
  method: 'get',
  path: '/api/v1/health',
  tags: ['Health'],
  summary: 'Service health and the applied database schema version',
  security: PUBLIC,
  responses: {
    [OK]: jsonContent(HealthSchema, 'The service and its database are up.'),
    ...problemResponses('unavailable'),
  },
});

export const liveness = createRoute({
  operationId: 'getLiveness',
  method: 'get',
  path: '/api/v1/health/live',
  tags: ['Health'],
  summary: 'Liveness: answers without touching the database',
  security: PUBLIC,
  responses: { [OK]: jsonContent(z.object({ status: z.literal('ok') }), 'The Worker runs.') },
});
