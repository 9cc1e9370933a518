import type { ZodError } from 'zod';
import { type FieldError, Problem } from './problem';

/** Turns zod issues into the `errors` list of a validation problem, one entry per field. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

export function validationProblem(error: ZodError, where: string): Problem {
  const errors = fieldErrors(error);
  const fields = [...new Set(errors.map((e) => e.path))].join(', ');
  return new Problem('validation_failed', `Invalid ${where}: ${fields}. See \`errors\` for each field.`, { errors });
}
