import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError } from '../domain/errors';
import type { AppEnv } from '../env';
import { Problem, type ProblemCode } from './problem';

const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'malformed_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'duplicate',
  412: 'stale_version',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Drizzle puts bound parameters (emails, password hashes) into its messages; they never reach a log. */
const redact = (text: string | undefined) => text?.replace(/\nparams: [^\n]*/g, '\nparams: [redacted]');

/** Error, its cause chain (Drizzle wraps D1's message in `cause`) and stack, for the log. */
function describe(err: unknown): unknown {
  if (!(err instanceof Error)) return String(err);
  return {
    name: err.name,
    message: redact(err.message),
    cause: err.cause ? describe(err.cause) : undefined,
    stack: redact(err.stack),
  };
}

/** Seconds a client should wait before trying again after the database was unavailable. */
const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * D1 failing on its side, as its messages say (https://developers.cloudflare.com/d1/observability/debug-d1/):
 * a lost connection, a storage reset or timeout, an overloaded or unresolvable database. Trying
 * again later helps; the request's batch either landed whole or not at all.
 */
const TRANSIENT_D1 =
  /Network connection lost|storage operation exceeded|caused object to be reset|reset because its code was updated|D1 DB is overloaded|Requests queued for too long|Cannot resolve D1 DB|transient issue|SQLITE_BUSY|database is locked/i;
/** A D1 error about the statement itself (a constraint, a syntax error): a defect, not an outage. */
const STATEMENT_FAULT = /SQLITE_(?!BUSY)[A-Z]+/;

/**
 * Whether this error, or one in its cause chain (Drizzle wraps D1's error in `cause`), is D1
 * being unavailable: a known transient message, or a D1 error that names no SQLite fault.
 */
function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (TRANSIENT_D1.test(e.message)) return true;
    if (/^D1_|\bD1 DB\b/.test(e.message) && !STATEMENT_FAULT.test(e.message)) return true;
  }
  return false;
}

/**
 * A domain error as the problem document HTTP clients get: the code picks the status (every
 * domain code is a problem code, or this does not compile), 401 says how to authenticate, 429
 * when to come back.
 */
export function domainProblem(err: DomainError): Problem {
  const headers: Record<string, string> = {};
  if (err.code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="bedside"';
  if (err.retryAfterSeconds !== undefined) headers['Retry-After'] = String(err.retryAfterSeconds);
  return new Problem(err.code, err.message, { errors: err.errors, extensions: err.details, headers, cause: err });
}

/** Any thrown value as a Problem; unexpected ones are logged (one structured line) and become a bare 500. */
export function toProblem(err: unknown, c: Context<AppEnv>): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof DomainError) return domainProblem(err);
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status];
    if (code) return new Problem(code, err.message || 'The request could not be processed.', { cause: err });
  }
  if (isDatabaseUnavailable(err)) {
    // An outage, not a defect: logged as a warning, answered 503 with when to come back.
    console.warn(
      JSON.stringify({
        level: 'warn',
        request_id: c.var.requestId,
        method: c.req.method,
        path: c.req.path,
        error: describe(err),
      }),
    );
    return new Problem(
      'unavailable',
      `The database is unavailable for a moment, so this request could not be completed. A change is saved whole or not at all: if this was one, read what it changes to see whether it was saved before you send it again; otherwise send it again in ${UNAVAILABLE_RETRY_SECONDS} seconds.`,
      { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) }, cause: err },
    );
  }
  console.error(
    JSON.stringify({
      level: 'error',
      request_id: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      error: describe(err),
    }),
  );
  return new Problem(
    'internal',
    'An unexpected error occurred on our side; nothing you sent is at fault. Try again later, and quote the request_id if you report it.',
  );
}

export const notFoundProblem = (c: { req: { method: string; path: string } }) =>
  new Problem('not_found', `There is no resource at ${c.req.method} ${c.req.path}.`);

/** Browsers navigating to pages get HTML errors; everything under /api, and other clients, problem+json. */
export const wantsHtml = (c: Context<AppEnv>) =>
  !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');

export function problemResponse(c: Context<AppEnv>, problem: Problem): Response {
  const headers = new Headers(problem.headers);
  headers.set('Content-Type', 'application/problem+json; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(problem.toJSON(c.req.path, c.var.requestId ?? '')), {
    status: problem.status,
    headers,
  });
}
