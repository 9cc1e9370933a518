import { z } from 'zod';
import {
  ChallengeCreateSchema,
  ChallengePatchSchema,
  DEFAULT_CRITERIA,
} from '../../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../../worker/domain/challenges/challenge.view';
import { TRANSITION_ACTIONS } from '../../worker/domain/challenges/lifecycle';
import { ChallengeListQuerySchema } from '../../worker/domain/challenges/list.query';
import { AnswerInputSchema, QuestionInputSchema } from '../../worker/domain/challenges/question.schema';
import type { Translator } from '../i18n';
import { checkbox, commaList, endOfDay, number, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';

/** Up to this many criterion rows on the form (the API accepts 12). */
export const CRITERION_ROWS = 8;

const BOOLEANS = ['ce_marking_required', 'involves_patient_data', 'share_feedback'] as const;
const NUMBERS = ['trl_min', 'trl_max'] as const;
const TEXTS = [
  'title',
  'summary',
  'problem_statement',
  'clinical_context',
  'indication',
  'icd10_code',
  'care_pathway_step',
  'patient_population',
  'standard_of_care',
  'target_outcome',
  'outcome_kpi',
  'regulation',
  'device_class',
  'data_on_offer',
  'integration_needs',
  'reward_kind',
  'reward_details',
  'language',
  'visibility',
] as const;
/** Optional choices whose "none" is an explicit null for the API. */
const NULLABLE = new Set<string>(['icd10_code', 'device_class']);

/**
 * The flat challenge form as the API's input: checkboxes to booleans, TRLs to numbers, tags from
 * a comma-separated line, criterion rows (empty ones skipped), and the deadline date as the end
 * of that day in UTC.
 */
function challengeInput(values: FormValues) {
  const input: Record<string, unknown> = {};
  for (const key of TEXTS) {
    const value = text(values[key]);
    if (value !== undefined) input[key] = value;
    else if (NULLABLE.has(key)) input[key] = null;
  }
  for (const key of NUMBERS) if (values[key]) input[key] = number(values[key]);
  for (const key of BOOLEANS) input[key] = checkbox(values[key]);
  const deadline = endOfDay(values.deadline);
  if (deadline) input.deadline = deadline;
  input.tags = commaList(values.tags);
  const criteria = [];
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const label = text(values[`criteria.${i}.label`]);
    const key = text(values[`criteria.${i}.key`]);
    const weight = text(values[`criteria.${i}.weight`]);
    if (!label && !key && !weight) continue;
    criteria.push({ key, label, weight: number(weight) });
  }
  input.criteria = criteria;
  return input;
}

const challengeLabels = ({ t }: Translator): Record<string, string> => ({
  cluster: t('form.cluster'),
  title: t('form.title'),
  summary: t('form.summary'),
  problem_statement: t('challenge.problem'),
  clinical_context: t('form.clinical_context'),
  indication: t('challenge.indication'),
  icd10_code: t('form.icd10'),
  care_pathway_step: t('challenge.pathway'),
  patient_population: t('challenge.population'),
  standard_of_care: t('challenge.standard_of_care'),
  target_outcome: t('challenge.target_outcome'),
  outcome_kpi: t('challenge.kpi'),
  regulation: t('challenge.regulation'),
  device_class: t('form.device_class'),
  ce_marking_required: t('challenge.ce_marking'),
  data_on_offer: t('challenge.data_on_offer'),
  involves_patient_data: t('form.involves_patient_data'),
  integration_needs: t('challenge.integration'),
  trl_min: t('form.trl_min'),
  trl_max: t('form.trl_max'),
  reward_kind: t('challenge.reward'),
  reward_details: t('form.reward_details'),
  deadline: t('challenge.deadline'),
  tags: t('challenge.tags'),
  language: t('form.language'),
  visibility: t('form.visibility'),
  share_feedback: t('form.share_feedback'),
  version: t('form.version'),
});

export const newChallengeForm = defineForm({
  schema: ChallengeCreateSchema,
  decode: (values) => ({ ...challengeInput(values), cluster: values.cluster }),
  labels: challengeLabels,
});

/** The version the form was loaded at is required: it is how a concurrent change is noticed. */
export const editChallengeForm = defineForm({
  schema: ChallengePatchSchema.safeExtend({ version: z.number().int().min(1) }),
  decode: (values) => ({ ...challengeInput(values), version: number(values.version) }),
  labels: challengeLabels,
});

/** Form values for a new challenge: the default criteria, sensible defaults. */
export function newChallengeValues(): FormValues {
  const values: FormValues = {
    regulation: 'unsure',
    data_on_offer: 'none',
    reward_kind: 'pilot',
    language: 'en',
    visibility: 'public',
    care_pathway_step: 'diagnosis',
    trl_min: '3',
    trl_max: '7',
  };
  DEFAULT_CRITERIA.forEach((c, i) => {
    values[`criteria.${i}.key`] = c.key;
    values[`criteria.${i}.label`] = c.label;
    values[`criteria.${i}.weight`] = String(c.weight);
  });
  return values;
}

/** Form values from a stored challenge, for editing. */
export function challengeValues(c: Challenge): FormValues {
  const values: FormValues = {};
  for (const key of TEXTS) values[key] = String(c[key] ?? '');
  for (const key of NUMBERS) values[key] = String(c[key]);
  for (const key of BOOLEANS) values[key] = c[key] ? 'on' : '';
  values.deadline = c.deadline.slice(0, 10);
  values.tags = c.tags.join(', ');
  values.version = String(c.version);
  c.criteria.forEach((criterion, i) => {
    values[`criteria.${i}.key`] = criterion.key;
    values[`criteria.${i}.label`] = criterion.label;
    values[`criteria.${i}.weight`] = String(criterion.weight);
  });
  return values;
}

/** A life-cycle step from the challenge page's action buttons, with the optional note. */
export const transitionForm = defineForm({
  schema: z.object({ action: z.enum(TRANSITION_ACTIONS), note: z.string().trim().max(4000).optional() }),
  decode: (values) => ({ action: values.action, note: text(values.note) }),
  labels: ({ t }) => ({ note: t('actions.note') }),
});

export const questionForm = defineForm({
  schema: QuestionInputSchema,
  decode: (values) => ({ body: values.body }),
  labels: ({ t }) => ({ body: t('questions.ask') }),
});

export const answerForm = defineForm({
  schema: AnswerInputSchema,
  decode: (values) => ({ answer: values.answer }),
  labels: ({ t }) => ({ answer: t('questions.answer') }),
});

export const endorsementForm = defineForm({
  schema: z.object({ endorsed: z.boolean() }),
  decode: (values) => ({ endorsed: values.endorsed === '1' }),
  labels: () => ({}),
});

/** The catalogue's filters: a GET form, so every search is a bookmarkable address. Empty fields mean "any". */
export const browseForm = defineForm({
  schema: ChallengeListQuerySchema,
  decode: (values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')),
  labels: ({ t }) => ({
    q: t('browse.q'),
    status: t('browse.status'),
    cluster: t('browse.cluster'),
    tag: t('browse.tag'),
    trl: t('browse.trl'),
    pathway: t('browse.pathway'),
    deadline_before: t('browse.deadline_before'),
    sort: t('browse.sort'),
    cursor: t('browse.next'),
  }),
});
