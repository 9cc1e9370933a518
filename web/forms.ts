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
  return { values, errors, error: err.errors?.length ? undefined : err.detail };
}
