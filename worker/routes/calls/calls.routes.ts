import { createRoute, z } from '@hono/zod-openapi';
import {
  CallCreateSchema,
  CallListQuerySchema,
  CallListSchema,
  CallPatchSchema,
  CallSchema,
} from '../../domain/calls/call.schema';
import { CALL_ACTIONS } from '../../domain/calls/lifecycle';
import {
  IfMatchHeader,
  jsonBody,
  jsonContent,
  NOT_MODIFIED_RESPONSE,
  OPTIONAL_SIGN_IN,
  PUBLIC,
  problemResponses,
  SIGNED_IN,
} from '../../http/openapi';
import { CREATED, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Calls'];

export const listCalls = createRoute({
  operationId: 'listCalls',
  method: 'get',
  path: '/api/v1/calls',
  tags,
  summary: 'Calls for challenges you may see (published ones for everyone; moderators also their clusters’ drafts)',
  security: OPTIONAL_SIGN_IN,
  request: { query: CallListQuerySchema },
  responses: {
    [OK]: jsonContent(CallListSchema, 'The calls, newest opening first.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('validation_failed'),
  },
});

export const createCall = createRoute({
  operationId: 'createCall',
  method: 'post',
  path: '/api/v1/calls',
  tags,
  summary: 'Create a call as a draft (a moderator of at least one of its clusters)',
  security: SIGNED_IN,
  request: { body: jsonBody(CallCreateSchema) },
  responses: {
    [CREATED]: jsonContent(CallSchema, 'The draft.'),
    ...problemResponses('validation_failed', 'unauthorized', 'forbidden'),
  },
});

export const getCall = createRoute({
  operationId: 'getCall',
  method: 'get',
  path: '/api/v1/calls/{id}',
  tags,
  summary: 'A call with its clusters, rules and benefits',
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: jsonContent(CallSchema, 'The call; its ETag can be sent back as If-Match.'),
    ...NOT_MODIFIED_RESPONSE,
    ...problemResponses('not_found'),
  },
});

export const patchCall = createRoute({
  operationId: 'patchCall',
  method: 'patch',
  path: '/api/v1/calls/{id}',
  tags,
  summary: 'Edit a call (its clusters’ moderators: as a draft, when changes are requested, or while published)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(CallPatchSchema), headers: IfMatchHeader },
  responses: {
    [OK]: jsonContent(CallSchema, 'The call after the edit.'),
    ...problemResponses(
      'validation_failed',
      'unauthorized',
      'forbidden',
      'not_found',
      'invalid_state',
      'stale_version',
    ),
  },
});

export const CallTransitionSchema = z
  .object({
    action: z.enum(CALL_ACTIONS),
    note: z.string().trim().min(1).max(4000).optional().openapi({ description: 'Required for request_changes.' }),
  })
  .strict()
  .openapi('CallTransition');

export const transitionCall = createRoute({
  operationId: 'transitionCall',
  method: 'post',
  path: '/api/v1/calls/{id}/transitions',
  tags,
  summary:
    'Move a call through its life cycle (publish and request_changes: another moderator of one of its clusters or an admin, never its creator)',
  security: SIGNED_IN,
  request: { params: IdParam, body: jsonBody(CallTransitionSchema) },
  responses: {
    [OK]: jsonContent(CallSchema, 'The call in its new state.'),
    ...problemResponses(
      'validation_failed',
      'unauthorized',
      'forbidden',
      'not_found',
      'invalid_state',
      'stale_version',
    ),
  },
});

export const callAtom = createRoute({
  operationId: 'getCallFeed',
  method: 'get',
  path: '/api/v1/calls/{id}/challenges.atom',
  tags: ['Feeds'],
  summary: "Atom feed of a call's public challenges",
  security: PUBLIC,
  request: { params: IdParam },
  responses: {
    [OK]: { description: 'Atom 1.0.', content: { 'application/atom+xml': { schema: z.string() } } },
    ...problemResponses('not_found'),
  },
});

export const callCalendar = createRoute({
  operationId: 'getCallCalendar',
  method: 'get',
  path: '/api/v1/calls/{id}/calendar.ics',
  tags: ['Feeds'],
  summary: "A call's opening and closing and its challenges' submission deadlines as iCalendar",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: { description: 'iCalendar.', content: { 'text/calendar': { schema: z.string() } } },
    ...problemResponses('not_found'),
  },
});
