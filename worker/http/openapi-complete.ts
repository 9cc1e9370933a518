import { ANY_KEY, SESSIONS_ONLY, scopeNeeded } from '../policy/api-key-scopes';
import { HEADERS, headerRefs, RESPONSES, responseRef } from './openapi-components';
import { exampleOf } from './openapi-examples';
import type { Router } from './router';

/**
 * What every operation of the document says the same way, added once from what the code does
 * rather than by hand in each route (where it would drift):
 * - security: the API key, with the scope the policy's table names for the method and path,
 *   wherever a signed-in user is accepted (the route declares SIGNED_IN, OPTIONAL_SIGN_IN or PUBLIC);
 * - the problems the middleware answers before any route runs: 400 for a request with parameters or
 *   a body (validation), 401 and 403 where credentials are accepted (a bad token; a key without the
 *   scope), 404 under a path with a parameter, 429 wherever a limit counts (anonymous reads, signed-in
 *   writes, API key quotas), and `default` for anything else;
 * - response headers: ETag where the route answers 304, Link on cursor pages, RateLimit with a key;
 * - an example for every JSON body and 2xx JSON answer that has none (openapi-examples.ts).
 * What a route lists itself (409, 412, 422 …) stays as it wrote it.
 */

type Doc = ReturnType<Router['getOpenAPI31Document']>;
type Json = Record<string, unknown>;
type Media = { schema?: Json; example?: unknown; examples?: unknown };
type Answer = { $ref?: string; headers?: Json; content?: Record<string, Media> };
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, Answer>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** Signing out is never refused by the write limit (middleware/limits.ts). */
const NEVER_LIMITED = new Set(['post /api/v1/auth/logout']);

export function completeDocument(generated: Doc): Doc {
  // The generator hands out the routes' own objects (SIGNED_IN is one array for every route): a copy
  // keeps one request's additions out of the next, and nothing below changes an object in place that
  // operations may share.
  const doc = structuredClone(generated);
  doc.components ??= {};
  const components = doc.components as Json;
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  const resolve = (ref: string) => schemas[ref.replace('#/components/schemas/', '')];
  for (const schema of Object.values(schemas)) closeComposition(schema, resolve);
  components.headers = HEADERS;
  components.responses = RESPONSES;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) completeOperation(operation, method, path, resolve);
    }
  }
  return doc;
}

function completeOperation(op: Operation, method: string, path: string, resolve: (ref: string) => Json | undefined) {
  const need = scopeNeeded(method, path);
  const withCredentials = op.security?.some((requirement) => 'bearer' in requirement) ?? false;
  const scope = need === null || need === SESSIONS_ONLY || need === ANY_KEY ? undefined : need;
  if (withCredentials && scope) op.security = [...(op.security ?? []), { apiKey: [scope] }];
  const byKey = (withCredentials && scope !== undefined) || need === ANY_KEY;

  const answers = op.responses;
  const add = (status: string, name: keyof typeof RESPONSES) => {
    answers[status] ??= responseRef(name);
  };
  if (op.parameters?.length || op.requestBody) add('400', 'ValidationFailed');
  if (withCredentials) add('401', 'Unauthorized');
  if (withCredentials) add('403', 'Forbidden');
  if (path.includes('{')) add('404', 'NotFound');
  const limited =
    (method === 'get' && path.startsWith('/api/')) ||
    (withCredentials && method !== 'get' && !NEVER_LIMITED.has(`${method} ${path}`)) ||
    byKey ||
    answers['429'] !== undefined;
  if (limited) answers['429'] = responseRef('RateLimited');
  answers.default = responseRef('Problem');

  for (const [status, answer] of Object.entries(answers)) {
    if (!status.startsWith('2') || answer.$ref) continue;
    const json = answer.content?.['application/json'];
    const headers = { ...answer.headers };
    if (answers['304']) Object.assign(headers, headerRefs('ETag'));
    if (json?.schema && isPage(json.schema, resolve)) Object.assign(headers, headerRefs('Link'));
    if (byKey) Object.assign(headers, headerRefs('RateLimit', 'RateLimit-Policy'));
    if (Object.keys(headers).length) answer.headers = headers;
    if (json) withExample(json, resolve);
  }
  const body = op.requestBody?.content?.['application/json'];
  if (body) withExample(body, resolve);
}

const deref = (schema: Json, resolve: (ref: string) => Json | undefined) =>
  typeof schema.$ref === 'string' ? (resolve(schema.$ref) ?? {}) : schema;

/** A cursor page (`{data, next_cursor}`): it sends `Link: <…>; rel="next"` when there is a next page. */
const isPage = (schema: Json, resolve: (ref: string) => Json | undefined) =>
  'next_cursor' in ((deref(schema, resolve).properties ?? {}) as Json);

function withExample(media: Media, resolve: (ref: string) => Json | undefined) {
  if (media.example !== undefined || media.examples !== undefined || !media.schema) return;
  media.example = exampleOf(media.schema, resolve);
}

/**
 * zod-to-openapi writes a strict extension of a registered schema as `allOf: [base, {…,
 * additionalProperties: false}]`, which no object with the base's fields can satisfy in JSON Schema
 * (the second part sees the base's properties as additional). `unevaluatedProperties` on the whole
 * says what the strict zod schema means: nothing beyond what either part names.
 */
function closeComposition(schema: Json, resolve: (ref: string) => Json | undefined) {
  const parts = schema.allOf as Json[] | undefined;
  if (!parts?.some((part) => part.additionalProperties === false)) return;
  // A strict base is copied in, open, for the same reason.
  schema.allOf = parts.map((part) => {
    const { additionalProperties: _closed, ...open } =
      typeof part.$ref === 'string' ? (resolve(part.$ref) ?? part) : part;
    return open;
  });
  schema.unevaluatedProperties = false;
}
