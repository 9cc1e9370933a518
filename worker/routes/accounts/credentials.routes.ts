import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptedSchema,
  EmailChangeSchema,
  PasswordChangeSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  TokenInputSchema,
} from '../../domain/accounts/account.schema';
import { jsonBody, jsonContent, PUBLIC, problemResponses, SIGNED_IN } from '../../http/openapi';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Accounts'];

export const sendVerification = createRoute({
  operationId: 'sendVerification',
  method: 'post',
  path: '/api/v1/auth/verification',
  tags,
  summary: 'Send the link that confirms your email address (again)',
  security: SIGNED_IN,
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'The link is on its way.'),
    ...problemResponses('unauthorized', 'invalid_state', 'rate_limited'),
  },
});

export const confirmVerification = createRoute({
  operationId: 'confirmVerification',
  method: 'post',
  path: '/api/v1/auth/verification/confirm',
  tags,
  summary: 'Confirm an email address with the link’s token (also confirms a new address after a change)',
  security: PUBLIC,
  request: { body: jsonBody(TokenInputSchema) },
  responses: {
    [OK]: jsonContent(z.object({ email: z.string(), email_confirmed: z.literal(true) }), 'Confirmed.'),
    ...problemResponses('validation_failed', 'invalid_state', 'duplicate', 'rate_limited'),
  },
});

export const requestPasswordReset = createRoute({
  operationId: 'requestPasswordReset',
  method: 'post',
  path: '/api/v1/auth/password-reset',
  tags,
  summary: 'Ask for a password-reset link: the same answer for every address, a link only where an account uses it',
  security: PUBLIC,
  request: { body: jsonBody(PasswordResetRequestSchema) },
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'Taken; an email follows if an account uses this address.'),
    ...problemResponses('validation_failed', 'rate_limited'),
  },
});

export const resetPassword = createRoute({
  operationId: 'resetPassword',
  method: 'post',
  path: '/api/v1/auth/password-reset/confirm',
  tags,
  summary: 'Set a new password with the reset link’s token; every session of the account ends',
  security: PUBLIC,
  request: { body: jsonBody(PasswordResetSchema) },
  responses: {
    [NO_CONTENT]: { description: 'The new password is set; sign in with it.' },
    ...problemResponses('validation_failed', 'invalid_state', 'rate_limited'),
  },
});

export const changePassword = createRoute({
  operationId: 'changePassword',
  method: 'post',
  path: '/api/v1/auth/password',
  tags,
  summary: 'Change your password (the current one is required); every other session ends',
  security: SIGNED_IN,
  request: { body: jsonBody(PasswordChangeSchema) },
  responses: {
    [NO_CONTENT]: { description: 'Changed.' },
    ...problemResponses('validation_failed', 'unauthorized', 'rate_limited'),
  },
});

export const revokeAllSessions = createRoute({
  operationId: 'revokeAllSessions',
  method: 'post',
  path: '/api/v1/auth/sessions/revoke-all',
  tags,
  summary: 'Sign out everywhere: every session of your account ends, this one too',
  security: SIGNED_IN,
  responses: { [NO_CONTENT]: { description: 'Signed out everywhere.' }, ...problemResponses('unauthorized') },
});

export const changeEmail = createRoute({
  operationId: 'changeEmail',
  method: 'post',
  path: '/api/v1/auth/email',
  tags,
  summary: 'Change your email address: it takes effect once the link sent to the new address is opened',
  security: SIGNED_IN,
  request: { body: jsonBody(EmailChangeSchema) },
  responses: {
    [ACCEPTED]: jsonContent(AcceptedSchema, 'A link goes to the new address (unless another account uses it).'),
    ...problemResponses('validation_failed', 'unauthorized', 'rate_limited'),
  },
});
