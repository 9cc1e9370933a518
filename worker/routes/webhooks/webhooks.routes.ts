import { createRoute, z } from '@hono/zod-openapi';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import {
  NewWebhookSchema,
  WebhookDeliverySchema,
  WebhookInputSchema,
  WebhookPatchSchema,
  WebhookSchema,
} from '../../domain/webhooks/webhook.schema';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { ACCEPTED, CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Webhooks'];
const HookParams = z.object({ id: idParam('id') });
const DeliveryParams = z.object({ id: idParam('id'), did: idParam('did') });

export const listWebhooks = createRoute({
  operationId: 'listWebhooks',
  method: 'get',
  path: '/api/v1/webhooks',
  tags,
  summary: 'Your webhook subscriptions (never their secrets), newest first',
  security: SIGNED_IN,
  responses: {
    [OK]: jsonContent(z.object({ data: z.array(WebhookSchema) }), 'Your subscriptions.'),
    ...problemResponses('unauthorized', 'forbidden'),
  },
});

export const createWebhook = createRoute({
  operationId: 'createWebhook',
  method: 'post',
  path: '/api/v1/webhooks',
  tags,
  summary: 'Subscribe a URL to events, signed the Standard Webhooks way',
  description:
    'Each event is POSTed as JSON `{ type, timestamp, data }` with the headers `webhook-id`, `webhook-timestamp` and `webhook-signature` ' +
    '(verify them with any Standard Webhooks library and the secret in this answer, shown once). Only events about what you may see reach you, ' +
    'checked again when each is sent; `solution.submitted` only for your own challenges. A failed delivery (no 2xx within 10 s; redirects count ' +
    'as failures) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; after 5 deliveries in a row fail every attempt the subscription ' +
    'is switched off and you are told. The URL must be https on the public internet. At most 20 subscriptions.',
  security: SIGNED_IN,
  request: { body: jsonBody(WebhookInputSchema) },
  responses: {
    [CREATED]: jsonContent(NewWebhookSchema, 'Created; the secret is shown this once.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'invalid_state'),
  },
});

export const getWebhook = createRoute({
  operationId: 'getWebhook',
  method: 'get',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'One of your webhook subscriptions',
  security: SIGNED_IN,
  request: { params: HookParams },
  responses: {
    [OK]: jsonContent(WebhookSchema, 'The subscription.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const updateWebhook = createRoute({
  operationId: 'updateWebhook',
  method: 'patch',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'Change a subscription’s URL or events, or switch it off or on again',
  security: SIGNED_IN,
  request: { params: HookParams, body: jsonBody(WebhookPatchSchema) },
  responses: {
    [OK]: jsonContent(WebhookSchema, 'The subscription as it is now.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found'),
  },
});

export const deleteWebhook = createRoute({
  operationId: 'deleteWebhook',
  method: 'delete',
  path: '/api/v1/webhooks/{id}',
  tags,
  summary: 'Delete a subscription and its delivery log',
  security: SIGNED_IN,
  request: { params: HookParams },
  responses: {
    [NO_CONTENT]: { description: 'Deleted.' },
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const listDeliveries = createRoute({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: '/api/v1/webhooks/{id}/deliveries',
  tags,
  summary: 'A subscription’s deliveries, newest first, each with its attempts (status code, time taken, error)',
  security: SIGNED_IN,
  request: { params: HookParams, query: PageQuerySchema },
  responses: {
    [OK]: jsonContent(pageOf(WebhookDeliverySchema), 'A page of deliveries.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden', 'not_found'),
  },
});

export const redeliver = createRoute({
  operationId: 'redeliverWebhookDelivery',
  method: 'post',
  path: '/api/v1/webhooks/{id}/deliveries/{did}/redeliver',
  tags,
  summary: 'Send a delivered or failed delivery again (same `webhook-id`, a fresh round of retries)',
  security: SIGNED_IN,
  request: { params: DeliveryParams },
  responses: {
    [ACCEPTED]: jsonContent(WebhookDeliverySchema, 'Handed to the queue; its attempts appear in the log.'),
    ...problemResponses('unauthorized', 'forbidden', 'not_found', 'invalid_state'),
  },
});
