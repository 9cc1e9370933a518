import { z } from '@hono/zod-openapi';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '../../db/enums';
import { WEBHOOK_URL_MAX } from './target';

const url = z
  .string()
  .trim()
  .url()
  .max(WEBHOOK_URL_MAX)
  .openapi({ description: 'An https URL on the public internet.', example: 'https://example.org/hooks/bedside' });

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((e) => new Set(e).size === e.length, 'Name each event type once.')
  .openapi({ example: ['challenge.published', 'question.answered'] });

export const WebhookInputSchema = z.object({ url, events }).strict().openapi('WebhookInput');
export type WebhookInput = z.output<typeof WebhookInputSchema>;

export const WebhookPatchSchema = z
  .object({
    url: url.optional(),
    events: events.optional(),
    enabled: z.boolean().optional().openapi({
      description: 'false switches deliveries off; true switches them on again and forgets past failures.',
    }),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Name at least one of url, events, enabled.')
  .openapi('WebhookPatch');
export type WebhookPatch = z.output<typeof WebhookPatchSchema>;

export const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    disabled_at: z.string().nullable(),
    consecutive_failures: z.number().int().openapi({
      description: 'Deliveries in a row that failed every attempt; at 5 the subscription is switched off.',
    }),
    created_at: z.string(),
  })
  .openapi('Webhook');

export const NewWebhookSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description:
      'Shown once: the Standard Webhooks signing secret. Verify each delivery with it (`webhook-id`, `webhook-timestamp`, `webhook-signature`).',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('NewWebhook');

export const WebhookAttemptSchema = z.object({
  attempt: z.number().int(),
  status_code: z.number().int().nullable().openapi({ description: 'Null when no answer came.' }),
  duration_ms: z.number().int(),
  error: z.string().nullable(),
  at: z.string(),
});

export const WebhookDeliverySchema = z
  .object({
    id: z.string().openapi({ description: 'The `webhook-id` header of every attempt.' }),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    attempts: z.array(WebhookAttemptSchema),
    created_at: z.string(),
    delivered_at: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()).openapi({ description: 'The body as signed.' }),
  })
  .openapi('WebhookDelivery');
