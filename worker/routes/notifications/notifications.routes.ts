import { createRoute, z } from '@hono/zod-openapi';
import { InboxSchema, MarkReadSchema, OutboxEntrySchema } from '../../domain/notifications/notification.schema';
import { PreferencesInputSchema, PreferencesSchema } from '../../domain/notifications/preferences';
import { SavedSearchInputSchema, SavedSearchSchema } from '../../domain/notifications/saved-searches';
import { PageQuerySchema, pageOf } from '../../domain/paging';
import { idParam, jsonBody, jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Notifications'];

export const inbox = createRoute({
  operationId: 'listNotifications',
  method: 'get',
  path: '/api/v1/me/notifications',
  tags,
  summary: 'Your notifications, newest first, with the unread count',
  security: SIGNED_IN,
  request: { query: PageQuerySchema },
  responses: {
    [OK]: jsonContent(InboxSchema, 'A page of notifications.'),
    ...problemResponses('unauthorized', 'validation_failed'),
  },
});

export const markRead = createRoute({
  operationId: 'markNotificationsRead',
  method: 'post',
  path: '/api/v1/me/notifications/read',
  tags,
  summary: 'Mark notifications read: `{ ids }` or `{ all: true }`',
  security: SIGNED_IN,
  request: { body: jsonBody(MarkReadSchema) },
  responses: {
    [OK]: jsonContent(z.object({ unread_count: z.number().int() }), 'What is still unread.'),
    ...problemResponses('unauthorized', 'validation_failed'),
  },
});

export const getPreferences = createRoute({
  operationId: 'getNotificationPreferences',
  method: 'get',
  path: '/api/v1/me/notification-preferences',
  tags,
  summary: 'How each kind of notification reaches you, and your time zone (digests arrive at 07:00 there)',
  security: SIGNED_IN,
  responses: {
    [OK]: jsonContent(PreferencesSchema, 'Your choices (defaults where you made none).'),
    ...problemResponses('unauthorized'),
  },
});

export const putPreferences = createRoute({
  operationId: 'setNotificationPreferences',
  method: 'put',
  path: '/api/v1/me/notification-preferences',
  tags,
  summary: 'Change how kinds of notification reach you (off, instant, daily, weekly) and your time zone',
  security: SIGNED_IN,
  request: { body: jsonBody(PreferencesInputSchema) },
  responses: {
    [OK]: jsonContent(PreferencesSchema, 'Your choices now.'),
    ...problemResponses('unauthorized', 'validation_failed'),
  },
});

export const listSavedSearches = createRoute({
  operationId: 'listSavedSearches',
  method: 'get',
  path: '/api/v1/me/saved-searches',
  tags,
  summary: 'Your saved catalogue searches, each with its Atom feed',
  security: SIGNED_IN,
  responses: {
    [OK]: jsonContent(z.object({ data: z.array(SavedSearchSchema) }), 'Newest first.'),
    ...problemResponses('unauthorized'),
  },
});

export const saveSearch = createRoute({
  operationId: 'saveSearch',
  method: 'post',
  path: '/api/v1/me/saved-searches',
  tags,
  summary: 'Save a catalogue search: new challenges that match reach you as notifications (and digests)',
  security: SIGNED_IN,
  request: { body: jsonBody(SavedSearchInputSchema) },
  responses: {
    [CREATED]: jsonContent(SavedSearchSchema, 'Saved.'),
    ...problemResponses('unauthorized', 'validation_failed', 'invalid_state'),
  },
});

export const deleteSavedSearch = createRoute({
  operationId: 'deleteSavedSearch',
  method: 'delete',
  path: '/api/v1/me/saved-searches/{id}',
  tags,
  summary: 'Delete a saved search (its feed stops)',
  security: SIGNED_IN,
  request: { params: z.object({ id: idParam('id') }) },
  responses: { [NO_CONTENT]: { description: 'Deleted.' }, ...problemResponses('unauthorized', 'not_found') },
});

export const outbox = createRoute({
  operationId: 'listOutboxEmails',
  method: 'get',
  path: '/api/v1/admin/emails',
  tags,
  summary: 'Emails by delivery state (admins): failed ones, after every retry, to look into',
  security: SIGNED_IN,
  request: {
    query: PageQuerySchema.extend({
      status: z.enum(['pending', 'sending', 'sent', 'failed']).default('failed'),
    }),
  },
  responses: {
    [OK]: jsonContent(pageOf(OutboxEntrySchema), 'Newest first.'),
    ...problemResponses('unauthorized', 'forbidden', 'validation_failed'),
  },
});
