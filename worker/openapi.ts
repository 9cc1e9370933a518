import { SESSION_COOKIE } from './domain/accounts/sessions';
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
  app.get(OPENAPI_PATH, (c) => c.json(openApiDocument(app, new URL(c.req.url).origin)));
}

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
