import { z } from '@hono/zod-openapi';
import { PROBLEMS, type ProblemCode } from './problem';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation_failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    request_id: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          rule: z.string().optional().openapi({ description: 'not_eligible: the unmet rule of the call.' }),
          expected: z.string().optional(),
          actual: z.string().optional(),
        }),
      )
      .optional(),
  })
  .catchall(z.unknown())
  .openapi('Problem', { description: 'RFC 9457 problem document.' });

/** OpenAPI response entries for the problems a route can answer with. */
export function problemResponses(...codes: ProblemCode[]) {
  const responses: Record<number, { description: string; content: Record<string, { schema: typeof ProblemSchema }> }> =
    {};
  for (const code of codes) {
    const { status, title } = PROBLEMS[code];
    const existing = responses[status];
    responses[status] = {
      description: existing ? `${existing.description} / ${title}` : title,
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return responses;
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

/**
 * Every route says who may call it, as one of these three. The document adds the API key
 * (`apiKey` with the scope `policy/api-key-scopes.ts` names) wherever a signed-in user is accepted
 * (`openapi-complete.ts`), so the key's part never drifts from the table the middleware asks.
 */
type Security = Record<string, string[]>[];
/** Routes that need a signed-in user: a Bearer token or the session cookie. */
export const SIGNED_IN: Security = [{ bearer: [] }, { cookie: [] }];
/** Routes anyone may call, whose answer depends on who asks (what they may see): `{}` is anonymous. */
export const OPTIONAL_SIGN_IN: Security = [{}, ...SIGNED_IN];
/** Routes whose answer is the same for everyone (health, signing in, open data, public feeds). */
export const PUBLIC: Security = [];

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/**
 * The request header of every edit that honours If-Match (`requiredVersion` in http/etag.ts reads
 * it): the ETag read, instead of the body's `version`. Declared by the route, so the document says
 * it where the handler asks for it.
 */
export const IfMatchHeader = z.object({
  // Named as the RFC spells it for the document; the handler reads it case-insensitively.
  'If-Match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'If-Match', in: 'header' },
      description:
        'The ETag you read (`"v3-…"`) or a version (`"3"`), instead of `version` in the body: 412 if the resource changed since.',
      example: '"v3-5f1c0a9be2d47c31a8e0"',
    }),
});

/** Reads served by `cachedJson` may answer 304 to If-None-Match. */
export const NOT_MODIFIED_RESPONSE = { 304: { description: 'Unchanged since the ETag sent in If-None-Match.' } };

/** What a write on an existing resource can answer besides success. */
export const WRITE_PROBLEMS = problemResponses(
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_state',
);

/** An opaque id in the path (`{name}`), as every route names one. */
/** A cluster's slug in the path (clusters, their invitations, their terms). */
export const SlugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(60)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'biorn' }),
});

export const idParam = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' } });
