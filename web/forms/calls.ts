import { z } from 'zod';
import { CALL_BENEFIT_KINDS, ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../../worker/db/enums';
import { CallCreateSchema, CallPatchSchema } from '../../worker/domain/calls/call.schema';
import { CALL_ACTIONS } from '../../worker/domain/calls/lifecycle';
import type { CallRecord } from '../../worker/domain/calls/read';
import type { Translator } from '../i18n';
import { endOfDay, number, text } from '../pipeline/decoders';
import { defineForm, type FormState, type FormValues } from '../pipeline/forms';

/** Empty benefit rows on the form (the API takes 10); without JavaScript, a fixed number is offered. */
export const BENEFIT_ROWS = 4;
const BENEFIT_PARTS = ['kind', 'amount', 'currency', 'details'] as const;
export const benefitField = (row: number, part: (typeof BENEFIT_PARTS)[number]) => `benefit.${row}.${part}`;

/** Checkbox groups post one value per ticked box, joined with newlines by the form reader. */
const ticked = (value: string | undefined) => (value ?? '').split('\n').filter(Boolean);

/** Countries as typed: codes separated by commas or spaces, upper-cased by the schema. */
const countriesFrom = (value: string | undefined) =>
  (value ?? '')
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/** The benefit rows with anything in them, with the form row each came from. */
function benefitRowsOf(values: FormValues) {
  const rows: { row: number; benefit: Record<string, unknown> }[] = [];
  for (let row = 0; row < BENEFIT_ROWS; row++) {
    const [kind, amount, currency, details] = BENEFIT_PARTS.map((part) => text(values[benefitField(row, part)]));
    if (!amount && !currency && !details) continue;
    const major = number(amount);
    rows.push({
      row,
      benefit: {
        kind: kind ?? '',
        amount_minor: major === undefined ? null : Number.isFinite(major) ? Math.round(major * 100) : major,
        currency: currency ? currency.toUpperCase() : null,
        details: details ?? '',
      },
    });
  }
  return rows;
}

/** The rules in a fixed order (TRL, kinds, countries, sizes), each only when something was entered. */
function rulesOf(values: FormValues) {
  const rules: { field: string; rule: Record<string, unknown> }[] = [];
  if (text(values.trl_min) || text(values.trl_max))
    rules.push({
      field: 'trl',
      rule: { rule: 'trl', params: { min: number(values.trl_min), max: number(values.trl_max) } },
    });
  const kinds = ticked(values.organization_kinds);
  if (kinds.length)
    rules.push({ field: 'organization_kinds', rule: { rule: 'organization_kinds', params: { kinds } } });
  const countries = countriesFrom(values.countries);
  if (countries.length) rules.push({ field: 'countries', rule: { rule: 'countries', params: { countries } } });
  const sizes = ticked(values.company_sizes);
  if (sizes.length) rules.push({ field: 'company_sizes', rule: { rule: 'company_sizes', params: { sizes } } });
  return rules;
}

/** A date field as the start (opens) or end (closes) of that day in UTC; anything else is passed on. */
const startOfDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value || undefined;

/** The flat call form as the API's input. */
function callInput(values: FormValues) {
  const input: Record<string, unknown> = {
    title: values.title ?? '',
    description: values.description ?? '',
    rules: rulesOf(values).map((r) => r.rule),
    benefits: benefitRowsOf(values).map((b) => b.benefit),
  };
  const language = text(values.language);
  if (language) input.language = language;
  const opens = startOfDay(text(values.opens_at));
  if (opens) input.opens_at = opens;
  const closes = endOfDay(text(values.closes_at));
  if (closes) input.closes_at = closes;
  return input;
}

/** The clusters: the lead chosen from those the moderator runs, then any ticked to run it jointly. */
function clustersOf(values: FormValues) {
  const lead = text(values.lead_cluster);
  const joint = ticked(values.joint_clusters).filter((slug) => slug !== lead);
  return lead ? [lead, ...joint] : joint;
}

/** Every field's label, in the order the form shows them. */
export const callLabels = ({ t }: Translator): Record<string, string> => ({
  clusters: t('calls.form.lead_cluster'),
  lead_cluster: t('calls.form.lead_cluster'),
  joint_clusters: t('calls.form.joint_clusters'),
  title: t('calls.form.title'),
  description: t('calls.form.description'),
  language: t('form.language'),
  opens_at: t('calls.opens'),
  closes_at: t('calls.closes'),
  trl_min: t('calls.form.trl_min'),
  trl_max: t('calls.form.trl_max'),
  organization_kinds: t('calls.eligibility.rule.organization_kinds'),
  countries: t('calls.form.countries'),
  company_sizes: t('calls.eligibility.rule.company_sizes'),
  rules: t('calls.rules'),
  'rules.#.params.min': t('calls.form.trl_min'),
  'rules.#.params.max': t('calls.form.trl_max'),
  'rules.#.params.kinds': t('calls.eligibility.rule.organization_kinds'),
  'rules.#.params.kinds.#': t('calls.eligibility.rule.organization_kinds'),
  'rules.#.params.countries': t('calls.form.countries'),
  'rules.#.params.countries.#': t('calls.form.countries'),
  'rules.#.params.sizes': t('calls.eligibility.rule.company_sizes'),
  'rules.#.params.sizes.#': t('calls.eligibility.rule.company_sizes'),
  benefits: t('calls.benefits'),
  'benefits.#.kind': t('calls.form.benefit_kind_of'),
  'benefits.#.amount_minor': t('calls.form.benefit_amount_of'),
  'benefits.#.currency': t('calls.form.benefit_currency_of'),
  'benefits.#.details': t('calls.form.benefit_details_of'),
  ...Object.fromEntries(
    Array.from({ length: BENEFIT_ROWS }, (_, i) => [
      [benefitField(i, 'kind'), t('calls.form.benefit_kind_of', { n: i + 1 })],
      [benefitField(i, 'amount'), t('calls.form.benefit_amount_of', { n: i + 1 })],
      [benefitField(i, 'currency'), t('calls.form.benefit_currency_of', { n: i + 1 })],
      [benefitField(i, 'details'), t('calls.form.benefit_details_of', { n: i + 1 })],
    ]).flat(),
  ),
  version: t('form.version'),
});

/** The schema's word for a rule's parameter → the form field that holds it. */
const RULE_FIELDS: Record<string, string> = {
  min: 'trl_min',
  max: 'trl_max',
  kinds: 'organization_kinds',
  countries: 'countries',
  sizes: 'company_sizes',
};
const BENEFIT_FIELDS: Record<string, (typeof BENEFIT_PARTS)[number]> = {
  kind: 'kind',
  amount_minor: 'amount',
  currency: 'currency',
  details: 'details',
};

/** An API path (`rules.1.params.countries.0`, `benefits.0.currency`) as the form field that holds it. */
function fieldFor(path: string, values: FormValues): string {
  const rule = /^rules\.(\d+)\.params\.(\w+)/.exec(path);
  if (rule) return RULE_FIELDS[rule[2] as string] ?? 'rules';
  const benefit = /^benefits\.(\d+)\.(\w+)/.exec(path);
  if (benefit) {
    const row = benefitRowsOf(values)[Number(benefit[1])]?.row;
    const part = BENEFIT_FIELDS[benefit[2] as string];
    return row !== undefined && part ? benefitField(row, part) : 'benefits';
  }
  if (path === 'clusters' || path.startsWith('clusters.'))
    return values.lead_cluster ? 'joint_clusters' : 'lead_cluster';
  return path;
}

/** The same API's schemas as the JSON routes, decoded from the flat form; its labels name the fields. */
const common = {
  labels: callLabels,
  messages: ({ t }: Translator) => ({ clusters: t('calls.form.clusters_error') }),
};

/**
 * Errors on the API's paths (`rules.1.params.countries.0`, `benefits.0.currency`), moved to the
 * form field that holds the value, the first message per field.
 */
export function onFormFields(form: FormState, tr: Translator): FormState {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(form.errors)) {
    const field = fieldFor(path, form.values);
    errors[field] ??= message;
  }
  // The summary follows the page: fields in the order of their labels.
  const order = Object.keys(callLabels(tr));
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return { ...form, errors: Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b))) };
}

export const newCallForm = defineForm({
  schema: CallCreateSchema,
  decode: (values) => ({ ...callInput(values), clusters: clustersOf(values) }),
  ...common,
});

export const editCallForm = defineForm({
  schema: CallPatchSchema.safeExtend({ version: z.number().int().min(1) }),
  decode: (values) => ({ ...callInput(values), version: number(values.version) }),
  ...common,
});

/** A life-cycle step from the call page, with the note a request for changes needs. */
export const callTransitionForm = defineForm({
  schema: z.object({ action: z.enum(CALL_ACTIONS), note: z.string().trim().max(4000).optional() }),
  decode: (values) => ({ action: values.action, note: text(values.note) }),
  labels: ({ t }) => ({ note: t('actions.note') }),
});

/** Form values for a new call: the page's language, a week to prepare, two months open. */
export function newCallValues({ locale }: Translator, today = new Date()): FormValues {
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { language: locale, opens_at: day(7), closes_at: day(67), [benefitField(0, 'kind')]: 'money' };
}

/** Form values from a stored call, for editing; money shown in major units. */
export function callValues(call: CallRecord): FormValues {
  const values: FormValues = {
    title: call.title,
    description: call.description,
    language: call.language,
    opens_at: call.opens_at.slice(0, 10),
    closes_at: call.closes_at.slice(0, 10),
    version: String(call.version),
  };
  for (const rule of call.rules) {
    if (rule.rule === 'trl') {
      values.trl_min = String(rule.params.min);
      values.trl_max = String(rule.params.max);
    } else if (rule.rule === 'organization_kinds') values.organization_kinds = rule.params.kinds.join('\n');
    else if (rule.rule === 'countries') values.countries = rule.params.countries.join(', ');
    else values.company_sizes = rule.params.sizes.join('\n');
  }
  call.benefits.slice(0, BENEFIT_ROWS).forEach((b, i) => {
    values[benefitField(i, 'kind')] = b.kind;
    values[benefitField(i, 'amount')] = b.amount_minor === null ? '' : String(b.amount_minor / 100);
    values[benefitField(i, 'currency')] = b.currency ?? '';
    values[benefitField(i, 'details')] = b.details;
  });
  return values;
}

export { CALL_BENEFIT_KINDS, ORGANIZATION_KINDS, ORGANIZATION_SIZES };
