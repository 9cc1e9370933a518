import { z } from 'zod';
import { SolutionCreateSchema, SolutionPatchSchema } from '../../worker/domain/solutions/solution.schema';
import type { Solution } from '../../worker/domain/solutions/solution.view';
import type { Translator } from '../i18n';
import { checkbox, lines, number } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';

const TEXTS = ['title', 'summary', 'approach', 'team', 'ip_status'] as const;

/** The flat solution form as the API's input: TRL to a number, one link per line, the checkbox to a boolean. */
function solutionInput(values: FormValues) {
  const input: Record<string, unknown> = {};
  for (const key of TEXTS) input[key] = values[key]?.trim() ?? '';
  if (values.trl) input.trl = number(values.trl);
  input.links = lines(values.links);
  input.summary_public = checkbox(values.summary_public);
  return input;
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
  version: t('form.version'),
});

/** A new solution: "Save draft" or "Submit the solution" (the button's `intent`). */
export const newSolutionForm = defineForm({
  schema: SolutionCreateSchema,
  decode: (values) => ({ ...solutionInput(values), submit: values.intent === 'submit' }),
  labels: solutionLabels,
  collapse: ['links'],
});

/** The version the form was loaded at is required: it is how a concurrent change is noticed. */
export const editSolutionForm = defineForm({
  schema: SolutionPatchSchema.required({ version: true }),
  decode: (values) => ({ ...solutionInput(values), version: number(values.version) }),
  labels: solutionLabels,
  collapse: ['links'],
});

export const newSolutionValues = (): FormValues => ({ ip_status: 'none', trl: '4' });

/** Form values from a stored solution, for editing. */
export function solutionValues(s: Solution): FormValues {
  const values: FormValues = { trl: String(s.trl), version: String(s.version) };
  for (const key of TEXTS) values[key] = s[key];
  values.links = s.links.join('\n');
  values.summary_public = s.summary_public ? 'on' : '';
  return values;
}

/** Buttons without fields (submit, withdraw): nothing to validate, but the same pipeline. */
export const confirmForm = defineForm({ schema: z.object({}), decode: () => ({}), labels: () => ({}) });
