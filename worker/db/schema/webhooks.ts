import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '../enums';
import { users } from './accounts';
import { createdAt, id, timestamp } from './columns';

/**
 * Webhook subscriptions (issue 18): a person's target URL for some event types. The signing secret
 * (`whsec_…`) must be read back to sign each delivery, so unlike an API key it is stored as it is;
 * it is shown once on creation and never leaves the Worker again (not in lists, exports or logs).
 */
export const webhooks = sqliteTable(
  'webhooks',
  {
    id: id(),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** The event types asked for, a JSON array (webhook_event_types holds the same, indexed by type). */
    events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
    secret: text('secret').notNull(),
    /** Deliveries in a row that failed every attempt; a success sets it back to 0. */
    consecutive_failures: integer('consecutive_failures').notNull().default(0),
    /** Set after too many failed deliveries in a row (the owner is told) or by the owner; null: live. */
    disabled_at: timestamp('disabled_at'),
    created_at: createdAt(),
  },
  (t) => [index('webhooks_user_idx').on(t.user_id, t.id)],
);

/** Which subscriptions take which event type: the batch that fires an event seeks its type here. */
export const webhookEventTypes = sqliteTable(
  'webhook_event_types',
  {
    type: text('type', { enum: WEBHOOK_EVENT_TYPES }).notNull(),
    webhook_id: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.type, t.webhook_id] }), index('webhook_event_types_webhook_idx').on(t.webhook_id)],
);

/**
 * One event for one subscription: the payload exactly as signed (its id is the `webhook-id`
 * header, the same on every attempt, so receivers can drop a repeat), and where it stands.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: id(),
    webhook_id: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    /** The notification event of the same change: the queue's deliver job finds deliveries by it. */
    event_id: text('event_id').notNull(),
    type: text('type', { enum: WEBHOOK_EVENT_TYPES }).notNull(),
    /** The challenge or call the event is about: whether the subscriber may see it is asked again at delivery. */
    subject_id: text('subject_id').notNull(),
    payload: text('payload').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Set while a consumer sends it: a second copy of the job (the queue delivers at least once) leaves it alone. */
    leased_until: timestamp('leased_until'),
    created_at: createdAt(),
    delivered_at: timestamp('delivered_at'),
    /**
     * When a pending delivery should next be tried (null once delivered or failed): the cron hands
     * one long overdue to the queue again, as its message was lost (the send after the batch, or a
     * consumer that died).
     */
    next_attempt_at: timestamp('next_attempt_at'),
  },
  (t) => [
    index('webhook_deliveries_webhook_idx').on(t.webhook_id, t.id),
    // The cron's sweep for overdue pending deliveries (see stranded in domain/webhooks/deliver.ts).
    index('webhook_deliveries_due_idx').on(t.status, t.next_attempt_at),
    index('webhook_deliveries_event_idx').on(t.event_id),
    // Forgetting a hidden question's text in the payloads that quote it (notifications/forget.ts).
    index('webhook_deliveries_subject_idx').on(t.subject_id, t.type),
  ],
);

/** Each attempt at a delivery: the log the owner reads (status code, time taken, what went wrong). */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    delivery_id: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** Null when no answer came (refused target, timeout, network error). */
    status_code: integer('status_code'),
    duration_ms: integer('duration_ms').notNull(),
    /** What went wrong, cut to 300 characters; null on success. */
    error: text('error'),
    at: createdAt('at'),
  },
  (t) => [primaryKey({ columns: [t.delivery_id, t.attempt] })],
);
