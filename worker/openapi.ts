import { SESSION_COOKIE } from './domain/accounts/sessions';
import { etagOf, jsonWithEtag } from './http/etag';
import { completeDocument } from './http/openapi-complete';
import type { Router } from './http/router';

export const OPENAPI_PATH = '/api/v1/openapi.json';

/** The OpenAPI 3.1 document, generated from the zod schemas the routes validate with. */
export function registerOpenApi(app: Router) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT (ES256)',
    description: 'Access token from POST /api/v1/auth/login; verify it with /.well-known/jwks.json.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Browser session; unsafe requests must come from the same origin.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'bsk_…',
    description:
      'API key from /me/api-keys (`Authorization: Bearer bsk_…`): acts as its owner, narrowed to its scopes (named in each operation) and cluster, with quotas per minute and per day.',
  });
  // The document is the same for every request to an origin until the next deploy, and building
  // it (about 1 MB of JSON) costs tens of milliseconds: built once per origin in this isolate.
  const served = new Map<string, { text: string; etag: string }>();
  app.get(OPENAPI_PATH, async (c) => {
    const origin = new URL(c.req.url).origin;
    let doc = served.get(origin);
    if (!doc) {
      const text = JSON.stringify(openApiDocument(app, origin));
      doc = { text, etag: await etagOf(text) };
      // The Worker answers on a few origins (its domains, workers.dev); a bound keeps a stray Host from growing it.
      if (served.size >= SERVED_ORIGINS) served.clear();
      served.set(origin, doc);
    }
    return jsonWithEtag(c, doc.text, doc.etag);
  });
}

/** Origins whose document one isolate keeps at most. */
const SERVED_ORIGINS = 8;

/**
 * The document as served, its server the origin asked. `npm run api:generate` writes it with a
 * placeholder origin to docs/openapi.json (scripts/lib/api-artifacts.ts), and
 * tests/tooling/openapi-valid.test.ts validates it in Node: whatever shapes the document belongs
 * here, where the snapshot and the served document cannot part.
 */
export function openApiDocument(app: Router, origin: string) {
  return completeDocument(
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Bedside API',
        version: '1.0.0',
        description:
          'Open-innovation challenges for precision-medicine clusters. Errors are RFC 9457 problem documents; lists are cursor-paginated (`next_cursor`, and `Link: <…>; rel="next"`). Every answer carries `x-d1-bookmark`: send it back on your next request to read your own writes from a read replica.',
      },
      servers: [{ url: origin }],
    }),
  );
}
