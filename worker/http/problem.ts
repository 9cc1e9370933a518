import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../domain/errors';
import * as S from './status';

/**
 * Every error the API can answer with, its status and a title that stays the same for
 * all occurrences (RFC 9457 §3.1.3). `help` is shown at `/problems/{code}`.
 */
export const PROBLEMS = {
  malformed_request: {
    status: S.BAD_REQUEST,
    title: 'Malformed request',
    help: 'The request could not be read, e.g. the body is not valid JSON. Fix the syntax and send it again.',
  },
  validation_failed: {
    status: S.BAD_REQUEST,
    title: 'Some fields are invalid',
    help: 'One or more fields failed validation. `errors` lists each field by `path` with what is wrong; nothing was saved.',
  },
  unauthorized: {
    status: S.UNAUTHORIZED,
    title: 'Sign-in required',
    help: 'No valid credentials were sent. Sign in (POST /api/v1/auth/login) and send the token as `Authorization: Bearer <token>`.',
  },
  forbidden: {
    status: S.FORBIDDEN,
    title: 'Not allowed',
    help: 'You are signed in, but your role does not allow this action on this resource.',
  },
  not_found: {
    status: S.NOT_FOUND,
    title: 'Not found',
    help: 'Nothing exists at this address, or it exists but is not visible to you.',
  },
  invalid_state: {
    status: S.CONFLICT,
    title: 'Not possible in the current state',
    help: 'The resource is in a state that does not allow this action. `current_state` says which state it is in.',
  },
  duplicate: {
    status: S.CONFLICT,
    title: 'Already exists',
    help: 'Something with the same unique key already exists.',
  },
  stale_version: {
    status: S.PRECONDITION_FAILED,
    title: 'The resource has changed since you read it',
    help: 'Someone saved a newer version. Read the resource again, re-apply your change and send it with the new version.',
  },
  deadline_passed: {
    status: S.CONFLICT,
    title: 'The deadline has passed',
    help: 'Submissions to this challenge have closed (`deadline` says when), even if its state still reads open: solutions can no longer be submitted or changed. A submitted solution can still be withdrawn until the decision.',
  },
  account_in_use: {
    status: S.CONFLICT,
    title: 'The account is still taking part in something',
    help: 'The account cannot be deleted while others depend on it: a challenge it owns is open or in evaluation, it has a solution in such a challenge or is on the team of one, it sits on such a challenge’s jury, or it is the only admin. `blockers` lists each (with `id` and `title`); settle them (withdraw, leave the team, wait for the decision, ask to be taken off the jury, appoint another admin) and try again. Nothing was deleted.',
  },
  not_eligible: {
    status: S.UNPROCESSABLE_CONTENT,
    title: 'Not eligible for this call',
    help: "The challenge belongs to a call whose rules the solution or the submitter's organization do not meet. `errors` names each unmet rule with what it asks (`expected`) and what was found (`actual`, 'unknown' when your organization's profile does not say). Change the solution's TRL or complete your organization's profile where that is the reason; nothing was submitted.",
  },
  not_in_stage: {
    status: S.UNPROCESSABLE_CONTENT,
    title: 'Not in this stage',
    help: 'A solution named is not in the stage of the challenge the request is about (it was not submitted to that stage, was not shortlisted into it, or was withdrawn or hidden). `errors` names each by `path`; take them out, or pick the right stage, and send the request again. Nothing was changed.',
  },
  stage_incomplete: {
    status: S.UNPROCESSABLE_CONTENT,
    title: 'Fields this stage asks for are missing',
    help: "The challenge's current stage requires fields the solution does not have yet (a budget, a work plan …). `errors` names each by `path`; fill them in with PATCH /api/v1/solutions/{id} and submit again. Nothing was submitted.",
  },
  payload_too_large: {
    status: S.PAYLOAD_TOO_LARGE,
    title: 'Request body too large',
    help: 'The request body is larger than the limit given in `detail`. Send less.',
  },
  unsupported_media_type: {
    status: S.UNSUPPORTED_MEDIA_TYPE,
    title: 'Unsupported content type',
    help: 'Send the body as JSON with `Content-Type: application/json`; uploads as `multipart/form-data`, with a file of one of the types the `detail` names.',
  },
  rate_limited: {
    status: S.TOO_MANY_REQUESTS,
    title: 'Too many requests',
    help: 'You have sent too many requests of this kind. Wait the number of seconds in `Retry-After`, then try again.',
  },
  unavailable: {
    status: S.SERVICE_UNAVAILABLE,
    title: 'Service unavailable',
    help: 'A dependency such as the database is not reachable or not set up, so the request could not be completed. A change is saved whole or not at all: read what it changes to see whether it was, and wait the number of seconds in `Retry-After` (when given) before sending it again.',
  },
  internal: {
    status: S.INTERNAL_SERVER_ERROR,
    title: 'Something went wrong on our side',
    help: 'An unexpected error occurred. It has been logged with the `request_id`; please report it with that id if it persists.',
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string; help: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export type { FieldError };

export interface ProblemOptions {
  /** Extension members, e.g. `current_state`. */
  extensions?: Record<string, unknown>;
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * An error as HTTP answers it: the HTTP layer (middleware, the validation hook) throws these
 * directly; domain errors become one in `onError`. Rendered as problem+json (or an HTML page).
 */
export class Problem extends HTTPException {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(code: ProblemCode, detail: string, options: ProblemOptions = {}) {
    super(PROBLEMS[code].status, { message: detail, cause: options.cause });
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.extensions = options.extensions;
    this.headers = options.headers;
  }

  toJSON(instance: string, requestId: string): Record<string, unknown> {
    return {
      type: `/problems/${this.code}`,
      title: PROBLEMS[this.code].title,
      status: this.status,
      detail: this.detail,
      instance,
      request_id: requestId,
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extensions,
    };
  }
}
