/**
 * What can go wrong in the domain, as codes: no HTTP here. `worker/http/` maps each code to a
 * status and an RFC 9457 problem document; pages turn the same errors into form messages or
 * error pages. The codes are a subset of the problem catalogue at `/problems`.
 */
export const DOMAIN_ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_state',
  'duplicate',
  'stale_version',
  'deadline_passed',
  'rate_limited',
  'unavailable',
  'account_in_use',
  'not_eligible',
  'not_in_stage',
  'stage_incomplete',
  'malformed_request',
  'payload_too_large',
  'unsupported_media_type',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A message about one input field, by its path (`title`, `scores.feasibility`, `winners.0`). */
export interface FieldError {
  path: string;
  message: string;
  /** not_eligible: the call's rule not met, what it asks and what was found. */
  rule?: string;
  expected?: string;
  actual?: string;
}

export interface DomainErrorOptions {
  /** One entry per field at fault (validation_failed, and duplicates about one field). */
  errors?: FieldError[];
  /** Facts for the reader, e.g. `current_state`, `allowed_actions`, `current_version`. */
  details?: Record<string, unknown>;
  /** rate_limited: seconds until trying again makes sense. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** The one error type the domain, the policy and the access layer throw. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly errors?: FieldError[];
  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.errors = options.errors;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The one "not found" for things that do not exist and things one may not see: the two must be indistinguishable. */
export const notVisibleMessage = (what: string) => `There is no such ${what}, or it is not visible to you.`;
export const notVisible = (what: string) => new DomainError('not_found', notVisibleMessage(what));

/** A validation error about one field. */
export const invalidField = (path: string, message: string, detail = message) =>
  new DomainError('validation_failed', detail, { errors: [{ path, message }] });

/** An invalid-state error naming the state the thing is in, so the reader knows why and what is possible. */
export const invalidState = (message: string, currentState: string, details: Record<string, unknown> = {}) =>
  new DomainError('invalid_state', message, { details: { current_state: currentState, ...details } });
