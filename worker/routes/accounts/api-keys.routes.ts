import { createRoute, z } from '@hono/zod-openapi';
import { ApiKeyInputSchema, ApiKeySchema, ApiKeyUsageSchema, NewApiKeySchema } from '../../domain/accounts/api-keys';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['API keys'];
const KeyParams = z.object({ id: idParam('id') });

export const listApiKeys = createRoute({
  operationId: 'listApiKeys',
  method: 'get',
  path: '/api/v1/me/api-keys',
  tags,
  summary: 'Your API keys (never their secrets), newest first, with when each was last used',
  description: 'Keys are managed by a person signed in: an API key cannot list, create or revoke keys.',
  security: SIGNED_IN,
  responses: {
    [OK]: jsonContent(z.object({ data: z.array(ApiKeySchema) }), 'Your live keys.'),
    ...problemResponses('unauthorized', 'forbidden'),
  },
});

export const createApiKey = createRoute({
  operationId: 'createApiKey',
  method: 'post',
  path: '/api/v1/me/api-keys',
  tags,
  summary: 'Create an API key: a machine acting as you, narrowed to its scopes',
  description:
    'The secret (`bsk_…`) is in this answer only; keep it like a password and send it as `Authorization: Bearer <secret>`. ' +
    'A key never has more rights than you have when it is used, and only what its scopes name. ' +
    'Each key may make 120 requests a minute and 10 000 a day (429 with `Retry-After` and `RateLimit` beyond). At most 20 live keys.',
  security: SIGNED_IN,
  request: { body: jsonBody(ApiKeyInputSchema) },
  responses: {
    [CREATED]: jsonContent(NewApiKeySchema, 'Created; the secret is shown this once.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'invalid_state'),
  },
});

export const revokeApiKey = createRoute({
  operationId: 'revokeApiKey',
  method: 'delete',
  path: '/api/v1/me/api-keys/{id}',
  tags,
  summary: 'Revoke an API key: its next request is refused (401)',
  security: SIGNED_IN,
  request: { params: KeyParams },
  responses: {
    [NO_CONTENT]: { description: 'Revoked.' },
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const apiKeyUsage = createRoute({
  operationId: 'getApiKeyUsage',
  method: 'get',
  path: '/api/v1/me/api-keys/{id}/usage',
  tags,
  summary: 'Requests per day of one of your keys over the last 30 days, with its quotas',
  security: SIGNED_IN,
  request: { params: KeyParams },
  responses: {
    [OK]: jsonContent(ApiKeyUsageSchema, 'Newest day first; days without requests are left out.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});
