import { z } from 'zod';
import { SolutionCreateSchema, SolutionPatchSchema } from '../../worker/domain/solutions/solution.schema';
import type { Solution } from '../../worker/domain/solutions/solution.view';
import type { Translator } from '../i18n';
import { checkbox, lines, number, text } from '../pipeline/decoders';
import { defineForm, type FormState, type FormValues } from '../pipeline/forms';
import { minorUnits } from './cooperations';

const TEXTS = ['title', 'summary', 'approach', 'team', 'ip_status'] as const;

/** The flat solution form as the API's input: TRL to a number, one link per line, the checkbox to a boolean. */
function solutionInput(values: FormValues) {
  const input: Record<string, unknown> = {};
  for (const key of TEXTS) input[key] = values[key]?.trim() ?? '';
  if (values.trl) input.trl = number(values.trl);
  input.links = lines(values.links);
  input.summary_public = checkbox(values.summary_public);
  input.name_if_winner = checkbox(values.name_if_winner);
  // A later stage's fields (issue 15), sent only when the form shows them: the budget in major units.
  if ('budget_amount_minor' in values) input.budget_amount_minor = minorUnits(values.budget_amount_minor);
  if ('budget_currency' in values) input.budget_currency = text(values.budget_currency)?.toUpperCase();
  if ('work_plan' in values) input.work_plan = text(values.work_plan);
  return input;
}

/** The schema allows at most this many links; each may be wrong on its own. */
const MAX_LINKS = 10;

/**
 * A wrong link is named by its place in the list ("Link 2 is not a web address"): the schema's
 * error for it arrives as `links.1`, which the form then shows next to the links field.
 */
const linkMessages = ({ t }: Translator): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: MAX_LINKS }, (_, i) => [`links.${i}`, t('public.solution.link_invalid', { n: i + 1 })]),
  );

/**
 * The form state as the page shows it: every message about a single link (`links.1`, `links.4`)
 * joined into the one message next to the links field, so the summary links to a field that exists.
 */
export function withLinkErrors(form: FormState): FormState {
  const linkKeys = Object.keys(form.errors).filter((key) => key === 'links' || key.startsWith('links.'));
  if (linkKeys.length === 0 || (linkKeys.length === 1 && linkKeys[0] === 'links')) return form;
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(form.errors)) {
    if (!linkKeys.includes(key)) errors[key] = message;
    else errors.links = errors.links ? `${errors.links} ${message}` : message;
  }
  return { ...form, errors };
}

export const solutionLabels = ({ t }: Translator): Record<string, string> => ({
  title: t('solution.title'),
  summary: t('solution.summary'),
  approach: t('solution.approach'),
  trl: t('solution.trl'),
  team: t('solution.team'),
  ip_status: t('solution.ip_status'),
  links: t('solution.links'),
  summary_public: t('solution.summary_public'),
  name_if_winner: t('public.solution.name_if_winner'),
  budget_amount_minor: t('stages.form.budget_amount'),
  budget_currency: t('stages.form.budget_currency'),
  work_plan: t('stages.field.work_plan'),
  // A call's rules a submission is refused by (issue 15): named as the call page names them.
  'organization.countries': t('calls.eligibility.rule.countries'),
  'organization.organization_kinds': t('calls.eligibility.rule.organization_kinds'),
  'organization.company_sizes': t('calls.eligibility.rule.company_sizes'),
  version: t('form.version'),
});

/** A new solution: "Save draft" or "Submit the solution" (the button's `intent`). */
export const newSolutionForm = defineForm({
  schema: SolutionCreateSchema,
  decode: (values) => ({ ...solutionInput(values), submit: values.intent === 'submit' }),
  labels: solutionLabels,
  messages: linkMessages,
});

/** The version the form was loaded at is required: it is how a concurrent change is noticed. */
export const editSolutionForm = defineForm({
  schema: SolutionPatchSchema.required({ version: true }),
  decode: (values) => ({ ...solutionInput(values), version: number(values.version) }),
  labels: solutionLabels,
  messages: linkMessages,
});

export const newSolutionValues = (): FormValues => ({ ip_status: 'none', trl: '4' });

/** Form values from a stored solution, for editing. */
export function solutionValues(s: Solution): FormValues {
  const values: FormValues = { trl: String(s.trl), version: String(s.version) };
  for (const key of TEXTS) values[key] = s[key];
  values.links = s.links.join('\n');
  values.summary_public = s.summary_public ? 'on' : '';
  values.name_if_winner = s.name_if_winner ? 'on' : '';
  if (s.budget_amount_minor !== null) values.budget_amount_minor = (s.budget_amount_minor / 100).toFixed(2);
  if (s.budget_currency) values.budget_currency = s.budget_currency;
  if (s.work_plan) values.work_plan = s.work_plan;
  return values;
}

/**
 * Submitting a shortlisted solution to a later stage (issue 15): no fields, but a refusal names each
 * field the stage asks for and the solution lacks (the API's paths), by the name the page gives it.
 */
export const stageSubmitForm = defineForm({
  schema: z.object({}),
  decode: () => ({}),
  labels: (tr) => ({
    ...solutionLabels(tr),
    budget_amount_minor: tr.t('stages.field.budget'),
    attachments: tr.t('stages.field.attachments'),
    pitch_slot: tr.t('stages.field.pitch_slot'),
  }),
});

/** Buttons without fields (submit, withdraw): nothing to validate, but the same pipeline. */
export const confirmForm = defineForm({ schema: z.object({}), decode: () => ({}), labels: () => ({}) });
