import { createRoute } from '@hono/zod-openapi';
import {
  ConversationListQuerySchema,
  ConversationPageSchema,
  ConversationViewSchema,
  MessageInputSchema,
  MessagePageQuerySchema,
  ReportConversationSchema,
  ShareEmailInputSchema,
  StartConversationSchema,
} from '../../domain/conversations/conversation.schema';
import { jsonBody, jsonContent, problemResponses, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Conversations'];
const WRITE = { ...WRITE_PROBLEMS, ...problemResponses('rate_limited') };

export const listConversations = createRoute({
  operationId: 'listConversations',
  method: 'get',
  path: '/api/v1/conversations',
  tags,
  summary: 'Your conversations, latest message first, with an unread marker',
  security: SIGNED_IN,
  request: { query: ConversationListQuerySchema },
  responses: {
    [OK]: jsonContent(ConversationPageSchema, 'A page of your conversations; never anyone’s address.'),
    ...problemResponses('validation_failed', 'unauthorized'),
  },
});

export const startConversation = createRoute({
  operationId: 'startConversation',
  method: 'post',
  path: '/api/v1/conversations',
  tags,
  summary:
    'Contact a listed organization (its first 20 confirmed members), a person whose profile is public, or a published challenge’s owner; relayed by Bedside without your address',
  description:
    'A second contact about the same thing reopens the conversation you started (200) instead of starting another (201). New conversations are limited per day (5 for accounts younger than 7 days, 30 after), messages per hour (60): 429 with `Retry-After`. Only confirmed accounts write.',
  security: SIGNED_IN,
  request: { body: jsonBody(StartConversationSchema) },
  responses: {
    [CREATED]: jsonContent(ConversationViewSchema, 'The new conversation.'),
    [OK]: jsonContent(
      ConversationViewSchema,
      'The conversation you had started about the same thing, with your message added.',
    ),
    ...WRITE,
  },
});

export const getMessages = createRoute({
  operationId: 'listMessages',
  method: 'get',
  path: '/api/v1/conversations/{id}/messages',
  tags,
  summary: 'A conversation you take part in and its messages (marks it read); 404 to everyone else',
  description:
    'The newest `limit` messages, oldest first; `next_cursor` (and the `Link: rel="next"` header) lead to the earlier ones.',
  security: SIGNED_IN,
  request: { params: IdParam, query: MessagePageQuerySchema },
  responses: {
    [OK]: jsonContent(ConversationViewSchema, 'The conversation and a page of its messages, oldest first.'),
    ...problemResponses('validation_failed', 'unauthorized', 'not_found'),
  },
});

export const postMessage = createRoute({
  operationId: 'postMessage',
  method: 'post',
  path: '/api/v1/conversations/{id}/messages',
  tags,
  summary: 'Reply in a conversation; 409 once someone blocked it',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(MessageInputSchema) },
  responses: {
    [CREATED]: jsonContent(ConversationViewSchema, 'The conversation with your message.'),
    ...WRITE,
  },
});

export const shareEmail = createRoute({
  operationId: 'shareConversationEmail',
  method: 'post',
  path: '/api/v1/conversations/{id}/share-email',
  tags,
  summary: 'Show your address to the others in a conversation (in its view only), or hide it again',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(ShareEmailInputSchema) },
  responses: {
    [OK]: jsonContent(ConversationViewSchema, 'The conversation now.'),
    ...WRITE_PROBLEMS,
  },
});

export const block = createRoute({
  operationId: 'blockConversation',
  method: 'post',
  path: '/api/v1/conversations/{id}/block',
  tags,
  summary: 'Block a conversation: it closes for everyone, and you hear nothing more from it',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(ConversationViewSchema, 'The conversation, closed.'),
    ...problemResponses('validation_failed', 'unauthorized', 'not_found'),
  },
});

export const report = createRoute({
  operationId: 'reportConversation',
  method: 'post',
  path: '/api/v1/conversations/{id}/report',
  tags,
  summary:
    'Report a conversation you take part in: the platform’s admins (and, for one about a challenge, its cluster’s moderators) may then read it',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(ReportConversationSchema) },
  responses: {
    [OK]: jsonContent(ConversationViewSchema, 'The conversation, reported.'),
    ...problemResponses('validation_failed', 'unauthorized', 'not_found', 'duplicate'),
  },
});
