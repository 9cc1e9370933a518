import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { Problem } from '../http/problem';

/** API bodies and page forms are small; anything larger is refused before it is read. */
export const BODY_LIMIT_BYTES = 64 * 1024;

const smallBodies = honoBodyLimit({
  maxSize: BODY_LIMIT_BYTES,
  onError: () => {
    throw new Problem(
      'payload_too_large',
      `The request body exceeds ${BODY_LIMIT_BYTES / 1024} KiB. Shorten the text fields and send it again.`,
    );
  },
});

/**
 * Uploads (API and page forms) are the one exception: their bodies are files, streamed into R2 and
 * counted there against the attachment limits (domain/attachments/upload.ts), so neither the
 * 64 KiB limit nor the JSON rule applies; they must be multipart/form-data instead.
 */
const UPLOAD_PATH = /^(?:\/api\/v1)?\/(?:solutions|challenges)\/[^/]+\/attachments$/;
export const isUpload = (method: string, path: string) => method === 'POST' && UPLOAD_PATH.test(path);
const MULTIPART = /^multipart\/form-data\s*;/i;

export const bodyLimit = createMiddleware<AppEnv>(async (c, next) => {
  if (!isUpload(c.req.method, c.req.path)) return smallBodies(c, next);
  if (!MULTIPART.test(c.req.header('content-type') ?? '')) {
    throw new Problem(
      'unsupported_media_type',
      'Send the file as multipart/form-data (with its boundary), in a field named `file`; an HTML form with enctype="multipart/form-data" does.',
    );
  }
  await next();
});

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Unsafe API requests that carry a body must say it is JSON. */
export const requireJson = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
  if (isUpload(method, c.req.path)) return next();
  if (method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE') {
    const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
    const chunked = c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type');
    if ((hasBody || chunked || type) && !JSON_TYPE.test(type ?? '')) {
      throw new Problem(
        'unsupported_media_type',
        `The body was sent as ${type ? `'${type}'` : 'an unspecified type'}; send JSON with Content-Type: application/json.`,
      );
    }
  }
  await next();
});
