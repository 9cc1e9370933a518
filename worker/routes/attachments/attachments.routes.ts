import { createRoute, z } from '@hono/zod-openapi';
import { AttachmentSchema } from '../../domain/attachments/store';
import { FILE_LIMIT, MAX_FILES, TOTAL_LIMIT } from '../../domain/attachments/types';
import { jsonContent, OPTIONAL_SIGN_IN, problemResponses, SIGNED_IN, WRITE_PROBLEMS } from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { IdParam } from '../challenges/challenges.routes';

const tags = ['Attachments'];

/**
 * A plain OpenAPI schema, not zod, on purpose: @hono/zod-openapi would validate a zod form schema
 * by parsing the whole body in memory; the handler streams it instead (domain/attachments/upload.ts).
 */
const multipartBody = {
  required: true,
  description: `One file in the field \`file\`: PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint (.docx/.xlsx/.pptx and legacy), OpenDocument. At most ${FILE_LIMIT / 1_000_000} MB a file, ${TOTAL_LIMIT / 1_000_000} MB and ${MAX_FILES} files together. The type is read from the bytes, not the name.`,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        properties: { file: { type: 'string' as const, format: 'binary' } },
        required: ['file'],
      },
    },
  },
};

const UPLOAD_PROBLEMS = {
  ...WRITE_PROBLEMS,
  ...problemResponses('malformed_request', 'payload_too_large', 'unsupported_media_type', 'deadline_passed'),
};

export const uploadSolutionAttachment = createRoute({
  operationId: 'uploadSolutionAttachment',
  method: 'post',
  path: '/api/v1/solutions/{id}/attachments',
  tags,
  summary: 'Attach a file to a solution you may edit, while it may be edited (multipart/form-data)',
  security: SIGNED_IN,
  request: { params: IdParam, body: multipartBody },
  responses: { [CREATED]: jsonContent(AttachmentSchema, 'The attachment.'), ...UPLOAD_PROBLEMS },
});

export const uploadChallengeAttachment = createRoute({
  operationId: 'uploadChallengeAttachment',
  method: 'post',
  path: '/api/v1/challenges/{id}/attachments',
  tags,
  summary: 'Attach a file (a data dictionary, a workflow diagram) to a challenge you may edit (multipart/form-data)',
  security: SIGNED_IN,
  request: { params: IdParam, body: multipartBody },
  responses: { [CREATED]: jsonContent(AttachmentSchema, 'The attachment.'), ...UPLOAD_PROBLEMS },
});

export const getAttachment = createRoute({
  operationId: 'getAttachment',
  method: 'get',
  path: '/api/v1/attachments/{id}',
  tags,
  summary: "An attachment's bytes, for whoever may read what it belongs to (404 to everyone else)",
  security: OPTIONAL_SIGN_IN,
  request: { params: IdParam },
  responses: {
    [OK]: {
      description:
        'The file, as a download (Content-Disposition: attachment), with nosniff and a sandboxing Content-Security-Policy.',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses('unauthorized', 'forbidden', 'not_found'),
  },
});

export const deleteAttachment = createRoute({
  operationId: 'deleteAttachment',
  method: 'delete',
  path: '/api/v1/attachments/{id}',
  tags,
  summary: 'Delete an attachment of a solution or challenge you may edit, while it may be edited',
  security: SIGNED_IN,
  request: { params: IdParam },
  responses: {
    [NO_CONTENT]: { description: 'Deleted: out of view now, its bytes removed by the next sweep.' },
    ...WRITE_PROBLEMS,
    ...problemResponses('deadline_passed'),
  },
});
