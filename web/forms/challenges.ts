import { z } from 'zod';
import {
  ChallengeCreateSchema,
  ChallengeOwnerEditSchema,
  ChallengePatchSchema,
  DEFAULT_CRITERIA,
  tagFromWords,
  tagWords,
} from '../../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../../worker/domain/challenges/challenge.view';
import { TRANSITION_ACTIONS } from '../../worker/domain/challenges/lifecycle';
import { ChallengeListQuerySchema } from '../../worker/domain/challenges/list.query';
import { AnswerInputSchema, QuestionInputSchema } from '../../worker/domain/challenges/question.schema';
import type { Translator } from '../i18n';
import { checkbox, endOfDay, number, text } from '../pipeline/decoders';
import { defineForm, type FormState, type FormValues } from '../pipeline/forms';

/** Up to this many criterion rows on the form (the API accepts 12). */
export const CRITERION_ROWS = 8;
/** The parts of a criterion row: its name, what a good answer looks like, its weight. */
const CRITERION_PARTS = ['label', 'description', 'weight'] as const;
export const criterionField = (row: number, part: (typeof CRITERION_PARTS)[number]) => `criteria.${row}.${part}`;

const BOOLEANS = ['ce_marking_required', 'involves_patient_data', 'share_feedback'] as const;
const NUMBERS = ['trl_min', 'trl_max', 'min_evaluations'] as const;
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
 * Tags as typed: words separated by commas (or semicolons, or lines), each made a tag for her
 * ("Remote monitoring" → remote-monitoring). Something with no letter or digit in it is passed
 * on as typed, for the schema to refuse by name rather than dropped without a word.
 */
export const tagsFrom = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[,;\n]/)
    .map((words) => words.trim())
    .filter(Boolean)
    .map((words) => tagFromWords(words) || words);

/** Criterion rows with anything in them; the keys are made from the names by the domain. */
function criteriaFrom(values: FormValues) {
  const criteria = [];
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const [label, description, weight] = CRITERION_PARTS.map((part) => text(values[criterionField(i, part)]));
    if (!label && !description && !weight) continue;
    criteria.push({ label, description: description ?? null, weight: number(weight) });
  }
  return criteria;
}

/**
 * The flat challenge form as the API's input: checkboxes to booleans, TRLs to numbers, tags from
 * words, criterion rows (empty ones skipped), and the deadline date as the end of that day in UTC.
 * After approval the criteria and blind review are fixed, and the form does not send them.
 */
function challengeInput(values: FormValues, { approved }: { approved: boolean }) {
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
  input.tags = tagsFrom(values.tags);
  if (!approved) {
    input.criteria = criteriaFrom(values);
    input.blind_review = checkbox(values.blind_review);
    // The call (issue 15) is chosen before approval, like blind review; "no call" is null.
    input.call_id = text(values.call_id) ?? null;
  }
  return input;
}

/** Every field's label, in the order the form shows them (the error summary follows it). */
export const challengeLabels = ({ t }: Translator): Record<string, string> => ({
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
  criteria: t('challenge.criteria'),
  ...Object.fromEntries(
    Array.from({ length: CRITERION_ROWS }, (_, i) => [
      [criterionField(i, 'label'), t('authoring.criterion.name_of', { n: i + 1 })],
      [criterionField(i, 'description'), t('authoring.criterion.description_of', { n: i + 1 })],
      [criterionField(i, 'weight'), t('authoring.criterion.weight_of', { n: i + 1 })],
    ]).flat(),
  ),
  language: t('form.language'),
  visibility: t('form.visibility'),
  share_feedback: t('form.share_feedback'),
  min_evaluations: t('quality.form.min_evaluations'),
  blind_review: t('blind.form.label'),
  call_id: t('calls.field.call'),
  version: t('form.version'),
});

/**
 * What to say where the page can say it better than the generic sentences: which cluster, a class
 * of the other regulation, a deadline that has passed, tags typed as words, criteria named twice.
 */
const challengeMessages = ({ t }: Translator): Record<string, string> => ({
  cluster: t('authoring.error.cluster'),
  device_class: t('authoring.error.device_class'),
  deadline: t('authoring.error.deadline'),
  // Said of the field as a whole: she typed one line of words, not numbered entries.
  tags: t('authoring.error.tags', { label: t('challenge.tags') }),
  criteria: t('authoring.error.criteria'),
  ...Object.fromEntries(
    Array.from({ length: CRITERION_ROWS }, (_, i) => [criterionField(i, 'label'), t('authoring.error.criterion_name')]),
  ),
});

/** The messages in the order of the form's fields, so the summary reads top to bottom like the page. */
export function inFormOrder(form: FormState, tr: Translator): FormState {
  const order = Object.keys(challengeLabels(tr));
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const errors = Object.fromEntries(Object.entries(form.errors).sort(([a], [b]) => rank(a) - rank(b)));
  return { ...form, errors };
}

export const newChallengeForm = defineForm({
  schema: ChallengeCreateSchema,
  decode: (values) => ({ ...challengeInput(values, { approved: false }), cluster: values.cluster ?? '' }),
  labels: challengeLabels,
  messages: challengeMessages,
  collapse: ['tags'],
});

const withVersion = { version: z.number().int().min(1) };

/**
 * The owner's edit before approval. The version the form was loaded at is required: it is how a
 * concurrent change is noticed. A deadline must lie ahead, said together with everything else.
 */
export const editChallengeForm = defineForm({
  schema: ChallengeOwnerEditSchema.safeExtend(withVersion),
  decode: (values) => ({ ...challengeInput(values, { approved: false }), version: number(values.version) }),
  labels: challengeLabels,
  messages: challengeMessages,
  collapse: ['tags'],
});

/** A moderator's amendment after approval: the criteria are fixed, and a deadline that has passed may stay. */
export const amendChallengeForm = defineForm({
  schema: ChallengePatchSchema.safeExtend(withVersion),
  decode: (values) => ({ ...challengeInput(values, { approved: true }), version: number(values.version) }),
  labels: challengeLabels,
  messages: challengeMessages,
  collapse: ['tags'],
});

/**
 * Form values for a new challenge: no cluster chosen, the page's language, the default criteria
 * named and described in that language, sensible defaults.
 */
export function newChallengeValues({ t, locale }: Translator): FormValues {
  const values: FormValues = {
    cluster: '',
    regulation: 'unsure',
    data_on_offer: 'none',
    reward_kind: 'pilot',
    language: locale,
    visibility: 'public',
    care_pathway_step: 'diagnosis',
    trl_min: '3',
    trl_max: '7',
    min_evaluations: '3',
  };
  DEFAULT_CRITERIA.forEach((c, i) => {
    values[criterionField(i, 'label')] = t(`authoring.default.${c.key}`);
    values[criterionField(i, 'description')] = t(`authoring.default.${c.key}.description`);
    values[criterionField(i, 'weight')] = String(c.weight);
  });
  return values;
}

/** Form values from a stored challenge, for editing; tags shown as the words they were made from. */
export function challengeValues(c: Challenge): FormValues {
  const values: FormValues = {};
  for (const key of TEXTS) values[key] = String(c[key] ?? '');
  for (const key of NUMBERS) values[key] = String(c[key]);
  for (const key of BOOLEANS) values[key] = c[key] ? 'on' : '';
  values.blind_review = c.blind_review ? 'on' : '';
  values.call_id = c.call_id ?? '';
  values.deadline = c.deadline.slice(0, 10);
  values.tags = c.tags.map(tagWords).join(', ');
  values.version = String(c.version);
  c.criteria.forEach((criterion, i) => {
    values[criterionField(i, 'label')] = criterion.label;
    values[criterionField(i, 'description')] = criterion.description ?? '';
    values[criterionField(i, 'weight')] = String(criterion.weight);
  });
  return values;
}

/** The weights entered so far, added up (empty and unreadable ones count nothing). */
export function weightTotal(values: FormValues): number {
  let total = 0;
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const weight = Number(values[criterionField(i, 'weight')] ?? '');
    if (Number.isFinite(weight)) total += weight;
  }
  return total;
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
