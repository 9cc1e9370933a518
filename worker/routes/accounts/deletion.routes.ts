import { createRoute } from '@hono/zod-openapi';
import { AccountDeletionSchema } from '../../domain/accounts/deletion.schema';
import { jsonBody, problemResponses, SIGNED_IN } from '../../http/openapi';
import { NO_CONTENT } from '../../http/status';

export const deleteAccount = createRoute({
  operationId: 'deleteAccount',
  method: 'post',
  path: '/api/v1/me/deletion',
  tags: ['Accounts'],
  summary: 'Delete your account for good (your password again)',
  description:
    'Your name, address, password, sessions, notifications, saved searches, endorsements and memberships go, with your drafts and the challenges and solutions nobody else depends on. What others depend on stays, shown as a former member: questions and answers, solutions and scores in decided challenges, reports, invitations you sent and the audit trail. Refused with `account_in_use` while a challenge you own is open or in evaluation, you have a solution or a jury seat in one, or you are the only admin. Your address may register again afterwards.',
  security: SIGNED_IN,
  request: { body: jsonBody(AccountDeletionSchema) },
  responses: {
    [NO_CONTENT]: { description: 'Deleted; every session of the account has ended and the session cookie is cleared.' },
    ...problemResponses('validation_failed', 'unauthorized', 'account_in_use', 'rate_limited'),
  },
});
