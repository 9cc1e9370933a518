import { createRoute, z } from '@hono/zod-openapi';
import { DataExportSchema } from '../../domain/accounts/export.schema';
import { jsonContent, problemResponses, SIGNED_IN } from '../../http/openapi';
import { OK } from '../../http/status';

export const exportData = createRoute({
  operationId: 'exportData',
  method: 'get',
  path: '/api/v1/me/export',
  tags: ['Accounts'],
  summary: 'Download everything Bedside holds about you (JSON)',
  description:
    'Your account and everything you made or received, as one JSON file to keep (`Content-Disposition: attachment`). ' +
    'Secrets (password hash, session and link secrets, feed addresses) and other people’s confidential content are left out; ' +
    '`about` says what is in it. At most 10 downloads an hour per account (429 with `Retry-After` beyond).',
  security: SIGNED_IN,
  responses: {
    [OK]: {
      ...jsonContent(DataExportSchema, 'Your data.'),
      headers: z.object({
        'Content-Disposition': z.string().openapi({ example: 'attachment; filename="bedside-data-2026-11-30.json"' }),
      }),
    },
    ...problemResponses('unauthorized', 'rate_limited'),
  },
});
