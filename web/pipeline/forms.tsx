import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import { DomainError } from '../../worker/domain/errors';
import { Problem } from '../../worker/http/problem';
import type { Ctx } from '../ctx';
import type { Translator } from '../i18n';
import { translatorFor } from '../locale';
import { pageContext } from '../page';
import { type Confirmation, ConfirmStepPage } from '../pages/confirm-step';
import { renderPage } from '../render';
import { boundsAt, type Issue, issueSentence, labelFor } from './issue-messages';
import { knownMessage, wholeFormMessage } from './known-messages';

/** A posted form as plain strings (repeated names joined with newlines). */
export type FormValues = Record<string, string>;

/** Entered values and messages per field name, so a form re-renders with what the person typed. */
export interface FormState {
  values: FormValues;
  errors: Record<string, string>;
  /**
   * A message about the whole form (e.g. wrong password), in the page's language; where only the
   * domain's English reason is known, that reason is marked as English (see known-messages).
   */
  error?: Child;
}

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {} });

/**
 * A page form: the API's schema, how the flat form becomes the schema's input, and the label of
 * each field, so every message names the field the way the page does.
 */
export interface FormSpec<S extends z.ZodType> {
  schema: S;
  decode: (values: FormValues) => z.input<S> | Record<string, unknown>;
  /**
   * The label of each field, by the API's path (`title`, `organization.name`, `scores.feasibility`).
   * Entries of a list may share one label with `#` for the position and `{n}` for the number people
   * read: `'criteria.#.weight': 'Criterion {n}: weight'` names `criteria.2.weight` "Criterion 3: weight".
   */
  labels: (tr: Translator) => Record<string, string>;
  /** Fields whose errors arrive per item (`links.2`) but that the form shows as one field (`links`). */
  collapse?: readonly string[];
  /**
   * What to say when a field is invalid, where the page can say it better than the generic
   * sentences: whole sentences, by path (`links.1`) or field, with `{label}` for the field's label.
   */
  messages?: (tr: Translator) => Record<string, string>;
}

export const defineForm = <S extends z.ZodType>(spec: FormSpec<S>) => spec;

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * The posted fields. Browsers send forms urlencoded or as multipart; anything else, or a body
 * that does not parse (a multipart body without its boundary, cut short), is the sender's
 * mistake: 400, never a 500, and nothing runs.
 */
export async function readForm(c: Ctx): Promise<FormValues> {
  const type = c.req.header('content-type');
  const empty = !c.req.header('transfer-encoding') && (c.req.header('content-length') ?? '0') === '0';
  if (!(type ? FORM_TYPE.test(type) : empty)) {
    throw new Problem(
      'malformed_request',
      `This form was sent as ${type ? `'${type}'` : 'an unspecified type'}; a form is sent as application/x-www-form-urlencoded or multipart/form-data. Reload the page and send the form again.`,
    );
  }
  let body: Awaited<ReturnType<typeof c.req.parseBody>>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new Problem(
      'malformed_request',
      'The form could not be read: its body is not valid for its content type (a multipart body cut short or without its boundary). Reload the page and send the form again.',
    );
  }
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    values[key] = (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string').join('\n');
  }
  return values;
}

/** The form field an error path belongs to (`links.2` → `links` when collapsed). */
function fieldOf(path: string, collapse: readonly string[] = []): string {
  const top = collapse.find((name) => path === name || path.startsWith(`${name}.`));
  return top ?? path;
}

/** One mistake, from the schema (an issue) or from the domain (a field error in English). */
type Mistake = { path: string; issue: Issue } | { path: string; domain: string };

const kindOf = (issue: Issue) =>
  issue.code === 'custom' ? 'custom' : issue.code === 'invalid_format' && issue.format === 'regex' ? 'format' : 'other';

/**
 * One message per field: a sentence in the page's language that names the field by its label
 * (see issue-messages and known-messages), never the schema's or zod's words, never a path.
 */
function messagesFor<S extends z.ZodType>(spec: FormSpec<S>, tr: Translator, mistakes: Mistake[]) {
  const labels = spec.labels(tr);
  const labelOf = (path: string) => labelFor(labels, path, tr);
  const better = spec.messages?.(tr) ?? {};
  const errors: Record<string, string> = {};
  let error: string | undefined;
  for (const mistake of mistakes) {
    const { path } = mistake;
    // About the form as a whole (a field it does not know): it is out of date.
    if (!path) {
      error ??= tr.t('messages.form_outdated');
      continue;
    }
    const field = fieldOf(path, spec.collapse);
    if (errors[field]) continue;
    const label = labelOf(path);
    const say = { tr, label, labelOf };
    if ('issue' in mistake) {
      const { issue } = mistake;
      const own = better[path] ?? better[field];
      errors[field] =
        own?.replace('{label}', label) ??
        knownMessage(path, issue.message, kindOf(issue), say) ??
        issueSentence(issue, label, tr, boundsAt(spec.schema, issue.path));
    } else {
      errors[field] =
        knownMessage(path, mistake.domain, 'domain', say) ??
        (tr.locale === 'en' ? `${label}: ${mistake.domain}` : tr.t('messages.check', { label }));
    }
  }
  return { errors: inPageOrder(errors, labels), error };
}

/**
 * The messages in the order the form shows its fields (the order of its labels), so the summary at
 * the top reads like the page; a field without a label keeps its place after those with one.
 */
function inPageOrder(errors: Record<string, string>, labels: Record<string, string>): Record<string, string> {
  const order = Object.keys(labels);
  const rank = (field: string) => {
    const at = order.indexOf(field);
    if (at >= 0) return at;
    const template = order.indexOf(field.replace(/\.\d+(?=\.|$)/g, '.#'));
    return template >= 0 ? template : order.length;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** Validates with the API's schema; the messages are the page's own (see messagesFor). */
export function validate<S extends z.ZodType>(
  spec: FormSpec<S>,
  values: FormValues,
  tr: Translator,
): { ok: true; data: z.output<S> } | { ok: false; form: FormState } {
  // `reportInput` keeps what was typed on each issue: an empty field is "fill in", not "too short".
  const result = spec.schema.safeParse(spec.decode(values), { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const mistakes = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), issue }));
  return { ok: false, form: { values, ...messagesFor(spec, tr, mistakes) } };
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
  if (!err.errors?.length) return { values: kept, errors: {}, error: wholeFormMessage(err, tr) };
  const { errors, error } = messagesFor(
    spec,
    tr,
    err.errors.map(({ path, message }) => ({ path, domain: message })),
  );
  return { values: kept, errors, error };
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
