import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
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

function toProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof HTTPException) {
    const code = CODE_BY_STATUS[err.status];
    if (code) return new Problem(code, err.message || 'The request could not be processed.', { cause: err });
  }
  return new Problem(
    'internal',
    'An unexpected error occurred. Nothing you sent is at fault; please try again later.',
    {
      cause: err,
    },
  );
}

/** problem+json for everything; pages render their own HTML errors before this is reached. */
export function problemResponse(c: Context<AppEnv>, problem: Problem): Response {
  const body = problem.toJSON(new URL(c.req.url).pathname, c.var.requestId ?? '');
  const headers = new Headers(problem.headers);
  headers.set('Content-Type', 'application/problem+json; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const problem = toProblem(err);
  if (problem.status >= 500) {
    // One structured line with what an operator needs; the client sees only the request id.
    console.error(
      JSON.stringify({
        level: 'error',
        request_id: c.var.requestId,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
      }),
    );
  }
  return problemResponse(c, problem);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(
    c,
    new Problem('not_found', `There is no resource at ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );
