import type { z } from 'zod';
import { de as zodDe, en as zodEn, it as zodIt, ro as zodRo } from 'zod/v4/locales';
import { DomainError } from '../../worker/domain/errors';
import type { Ctx } from '../ctx';
import type { Locale, Translator } from '../i18n';
import { translatorFor } from '../locale';
import { pageContext } from '../page';
import { type Confirmation, ConfirmStepPage } from '../pages/confirm-step';
import { renderPage } from '../render';

/** A posted form as plain strings (repeated names joined with newlines). */
export type FormValues = Record<string, string>;

/** Entered values and messages per field name, so a form re-renders with what the person typed. */
export interface FormState {
  values: FormValues;
  errors: Record<string, string>;
  /** A message about the whole form (e.g. wrong password). */
  error?: string;
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {} });

/**
 * A page form: the API's schema, how the flat form becomes the schema's input, and the label of
 * each field, so every message names the field the way the page does.
 */
export interface FormSpec<S extends z.ZodType> {
  schema: S;
  decode: (values: FormValues) => z.input<S> | Record<string, unknown>;
  labels: (tr: Translator) => Record<string, string>;
  /** Fields whose errors arrive per item (`links.2`) but that the form shows as one field (`links`). */
  collapse?: readonly string[];
  /** What to say when a field is invalid, where the page can say it better than the schema. */
  messages?: (tr: Translator) => Record<string, string>;
}

export const defineForm = <S extends z.ZodType>(spec: FormSpec<S>) => spec;

export async function readForm(c: Ctx): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    values[key] = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string').join('\n');
  }
  return values;
}

const ZOD_LOCALES = { en: zodEn, de: zodDe, it: zodIt, ro: zodRo } as const;

/** The form field an error path belongs to (`links.2` → `links` when collapsed). */
function fieldOf(path: string, collapse: readonly string[] = []): string {
  const top = collapse.find((name) => path === name || path.startsWith(`${name}.`));
  return top ?? (path || 'form');
}

/** One message per field, as a sentence that names the field by its label on the page. */
function messagesFor<S extends z.ZodType>(
  spec: FormSpec<S>,
  tr: Translator,
  issues: { path: string; message: string }[],
  fromSchema: boolean,
): Record<string, string> {
  const labels = spec.labels(tr);
  // The page's own words replace the schema's generic ones; the domain's messages are specific already.
  const better = fromSchema ? (spec.messages?.(tr) ?? {}) : {};
  const errors: Record<string, string> = {};
  for (const { path, message } of issues) {
    const field = fieldOf(path, spec.collapse);
    const label = labels[field];
    const text = better[field] ?? message;
    errors[field] ??= label ? `${label}: ${text}` : text;
  }
  return errors;
}

/** Validates with the API's schema, with zod's own messages in the page's language. */
export function validate<S extends z.ZodType>(
  spec: FormSpec<S>,
  values: FormValues,
  tr: Translator,
): { ok: true; data: z.output<S> } | { ok: false; form: FormState } {
  const result = spec.schema.safeParse(spec.decode(values), { error: ZOD_LOCALES[tr.locale as Locale]().localeError });
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, form: { values, errors: messagesFor(spec, tr, issues, true) } };
}

/**
 * A domain error as the form it came from: field errors next to their fields; with `wholeForm`,
 * an error about no field at the top of the form. A stale version keeps what this person typed
 * and takes the current version, so saving again (after reading the message) is a deliberate
 * overwrite, not a dead end. Any other error is rethrown, to be shown as an error page with its
 * reason, because the form it came from may no longer be on offer.
 */
export function formFromError<S extends z.ZodType>(
  err: unknown,
  spec: FormSpec<S>,
  values: FormValues,
  tr: Translator,
  wholeForm: boolean,
): FormState {
  if (!(err instanceof DomainError) || (!err.errors?.length && !wholeForm)) throw err;
  const current = err.code === 'stale_version' ? err.details?.current_version : undefined;
  const kept = typeof current === 'number' ? { ...values, version: String(current) } : values;
  const errors = messagesFor(spec, tr, err.errors ?? [], false);
  return { values: kept, errors, error: err.errors?.length ? undefined : err.message };
}

export interface FormSteps<S extends z.ZodType> {
  /** Does the work with valid input and answers (usually a redirect-after-post). */
  run: (data: z.output<S>, values: FormValues) => Promise<Response>;
  /** The page again, with what was typed and what is wrong (answered with 400). */
  rerender: (form: FormState) => Response | Promise<Response>;
  /** Show errors that concern no field at the top of the form instead of as an error page. */
  wholeForm?: boolean;
  /**
   * A step that cannot be undone: what to ask first (undefined when this input needs no asking).
   * Without `confirmed=yes` in the form, the person gets an "are you sure" page instead of the step.
   */
  confirm?: (data: z.output<S>, tr: Translator) => Confirmation | undefined;
}

/**
 * The one way a page form is handled: read, decode, validate, run; on invalid input (or a domain
 * error about a field) the page is rendered again with the messages. Nothing is written then.
 */
export async function submitForm<S extends z.ZodType>(
  c: Ctx,
  spec: FormSpec<S>,
  steps: FormSteps<S>,
): Promise<Response> {
  const tr = translatorFor(c);
  const values = await readForm(c);
  const parsed = validate(spec, values, tr);
  if (!parsed.ok) return steps.rerender(parsed.form);
  const confirmation = values.confirmed === 'yes' ? undefined : steps.confirm?.(parsed.data, tr);
  if (confirmation) {
    return renderPage(
      c,
      <ConfirmStepPage page={pageContext(c)} action={c.req.path} values={values} confirmation={confirmation} />,
    );
  }
  try {
    return await steps.run(parsed.data, values);
  } catch (err) {
    return steps.rerender(formFromError(err, spec, values, tr, steps.wholeForm ?? false));
  }
}
