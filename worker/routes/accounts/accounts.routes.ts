import { createRoute, z } from '@hono/zod-openapi';
import { LoginInputSchema, MeSchema, RegisterInputSchema, SessionSchema } from '../../domain/accounts/account.schema';
import { jsonBody, jsonContent, PUBLIC, problemResponses, SIGNED_IN } from '../../http/openapi';
import { CREATED, NO_CONTENT, OK } from '../../http/status';

const tags = ['Accounts'];

export const register = createRoute({
  operationId: 'registerAccount',
  method: 'post',
  path: '/api/v1/auth/register',
  tags,
  summary: 'Create an account (clinician or solver) and sign in',
  security: PUBLIC,
  request: { body: jsonBody(RegisterInputSchema) },
  responses: {
    [CREATED]: jsonContent(SessionSchema, 'The account, an access token, and a session cookie.'),
    ...problemResponses(
      'validation_failed',
      'duplicate',
      'rate_limited',
      'payload_too_large',
      'unsupported_media_type',
    ),
  },
});

export const login = createRoute({
  operationId: 'login',
  method: 'post',
  path: '/api/v1/auth/login',
  tags,
  summary: 'Sign in: an access token (15 min) and a session cookie',
  security: PUBLIC,
  request: { body: jsonBody(LoginInputSchema) },
  responses: {
    [OK]: jsonContent(SessionSchema, 'Signed in.'),
    ...problemResponses('validation_failed', 'unauthorized', 'rate_limited'),
  },
});

export const logout = createRoute({
  operationId: 'logout',
  method: 'post',
  path: '/api/v1/auth/logout',
  tags,
  summary: 'End the current session (its access tokens stop working too)',
  security: SIGNED_IN,
  responses: { [NO_CONTENT]: { description: 'Signed out.' }, ...problemResponses('unauthorized', 'forbidden') },
});

export const me = createRoute({
  operationId: 'getMe',
  method: 'get',
  path: '/api/v1/me',
  tags,
  summary: 'The signed-in user, organization, clusters and roles',
  security: SIGNED_IN,
  responses: { [OK]: jsonContent(MeSchema, 'Your account.'), ...problemResponses('unauthorized') },
});

export const JwksSchema = z
  .object({ keys: z.array(z.object({ kty: z.string(), kid: z.string(), alg: z.string() }).catchall(z.unknown())) })
  .openapi('JWKS');

export const jwks = createRoute({
  operationId: 'getJwks',
  method: 'get',
  path: '/.well-known/jwks.json',
  tags,
  summary: 'Public keys that verify Bedside access tokens (ES256)',
  security: PUBLIC,
  responses: { [OK]: jsonContent(JwksSchema, 'JSON Web Key Set.'), ...problemResponses('unavailable') },
});
