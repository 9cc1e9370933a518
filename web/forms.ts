import type { Context } from 'hono';
import type { z } from 'zod';
import { de as zodDe, en as zodEn, it as zodIt, ro as zodRo } from 'zod/v4/locales';
import type { AppEnv } from '../worker/env';
import { Problem } from '../worker/http/problem';
import type { Locale } from './i18n';

/** Entered values and messages per field name, so a form re-renders with what the person typed. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A message about the whole form (e.g. wrong password). */
  error?: string;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** The posted form as plain strings (repeated names joined with newlines). */
export async function readForm(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    values[key] = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string').join('\n');
  }
  return values;
}

const ZOD_LOCALES = { en: zodEn, de: zodDe, it: zodIt, ro: zodRo } as const;

/** Validates with the API's schema, with zod's own messages in the page's language. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const result = schema.safeParse(input, { error: ZOD_LOCALES[locale]().localeError });
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A problem thrown by the domain, as form errors: field errors by path, anything else for the whole form. */
export function problemToForm(err: unknown, values: Record<string, string>): FormState {
  if (!(err instanceof Problem)) throw err;
  const errors = Object.fromEntries((err.errors ?? []).map((e) => [e.path, e.message]));
  // Someone saved in between: the form keeps what this person typed and now carries the current
  // version, so saving again (after reading the message) is a deliberate overwrite, not a dead end.
  const current = err.code === 'stale_version' ? err.extensions?.current_version : undefined;
  const kept = typeof current === 'number' ? { ...values, version: String(current) } : values;
  return { values: kept, errors, error: err.errors?.length ? undefined : err.detail };
}

/**
 * A domain problem about fields, as form errors next to them. Any other problem (a state that
 * changed meanwhile, a missing resource) is rethrown and shown as an error page with its reason,
 * because the form it came from may no longer be on offer.
 */
export function fieldErrorsOrThrow(err: unknown, values: Record<string, string>): FormState {
  if (!(err instanceof Problem) || !err.errors?.length) throw err;
  return problemToForm(err, values);
}
