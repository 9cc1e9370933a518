import { QUOTA_POLICY } from '../domain/accounts/api-key-auth';
import { PROBLEMS, type ProblemCode } from './problem';

/**
 * The reusable parts of the OpenAPI document that every operation points to: the response headers
 * the middleware and helpers really send, and the problem answers most routes share.
 */

const header = (description: string, example: string) => ({ description, schema: { type: 'string' }, example });

export const HEADERS = {
  ETag: header(
    'Send it back as If-None-Match (304 when unchanged); on a versioned resource also as If-Match.',
    '"v3-5f1c0a9be2d47c31a8e0"',
  ),
  Link: header(
    'The next page (RFC 8288), present when `next_cursor` is not null.',
    '<https://bedside.example/api/v1/challenges?limit=20&cursor=WyIwMTkzIl0>; rel="next"',
  ),
  RateLimit: header(
    'With an API key: requests left and seconds to the reset, per quota (draft-ietf-httpapi-ratelimit-headers).',
    '"minute";r=118;t=42, "day";r=9950;t=50400',
  ),
  'RateLimit-Policy': header('With an API key: its quotas.', QUOTA_POLICY),
  'Retry-After': header('Seconds to wait before trying again.', '60'),
} as const;

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
export const headerRefs = (...names: (keyof typeof HEADERS)[]) =>
  Object.fromEntries(names.map((name) => [name, ref(name)]));

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const titled = (code: ProblemCode) => problem(PROBLEMS[code].title);

/** Problem answers shared by operations, under `components.responses`. */
export const RESPONSES = {
  Problem: problem('Any other problem (RFC 9457): its `type` names it; see /problems.'),
  ValidationFailed: titled('validation_failed'),
  Unauthorized: {
    ...titled('unauthorized'),
    headers: { 'WWW-Authenticate': header('Why the credentials were refused.', 'Bearer realm="bedside"') },
  },
  Forbidden: problem(
    `${PROBLEMS.forbidden.title}: the policy refuses, or an API key lacks the scope or may not use this route.`,
  ),
  NotFound: titled('not_found'),
  RateLimited: { ...titled('rate_limited'), headers: headerRefs('Retry-After', 'RateLimit', 'RateLimit-Policy') },
} as const;

export const responseRef = (name: keyof typeof RESPONSES) => ({ $ref: `#/components/responses/${name}` });
