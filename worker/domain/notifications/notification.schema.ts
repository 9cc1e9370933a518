import { z } from '@hono/zod-openapi';
import { EMAIL_KINDS, EMAIL_STATUSES, NOTIFICATION_KINDS } from '../../db/enums';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    challenge_id: z.string().nullable(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).openapi({
      description: 'What happened, by kind: titles, excerpts and ids (the pages turn them into sentences).',
    }),
    read_at: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('Notification');

export const InboxSchema = z
  .object({
    data: z.array(NotificationSchema),
    next_cursor: z.string().nullable(),
    unread_count: z.number().int(),
  })
  .openapi('Inbox');

export const MarkReadSchema = z
  .union([
    z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ])
  .openapi('MarkRead', { description: '`{ ids }` marks those read, `{ all: true }` every one.' });

export const OutboxEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(EMAIL_KINDS),
    to_email: z.string(),
    status: z.enum(EMAIL_STATUSES),
    attempts: z.number().int(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    sent_at: z.string().nullable(),
  })
  .openapi('OutboxEntry');
