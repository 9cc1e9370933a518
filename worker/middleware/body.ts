import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { Problem } from '../http/problem';

/** API bodies and page forms are small; anything larger is refused before it is read. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export const bodyLimit = honoBodyLimit({
  maxSize: BODY_LIMIT_BYTES,
  onError: () => {
    throw new Problem(
      'payload_too_large',
      `The request body exceeds ${BODY_LIMIT_BYTES / 1024} KiB. Shorten the text fields and send it again.`,
    );
  },
});

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Unsafe API requests that carry a body must say it is JSON. */
export const requireJson = createMiddleware<AppEnv>(async (c, next) => {
  const method = c.req.method;
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
