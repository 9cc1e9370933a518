import { DEFAULT_CRITERIA } from '../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../worker/domain/challenges/challenge.view';

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

/**
 * The flat challenge form as the API's input: checkboxes to booleans, TRLs to numbers, tags from
 * a comma-separated line, criterion rows (empty ones skipped), and the deadline date as the end
 * of that day in UTC.
 */
export function challengeInput(values: Record<string, string>, cluster?: string) {
  const input: Record<string, unknown> = {};
  for (const key of TEXTS) {
    const value = values[key]?.trim() ?? '';
    if (value !== '') input[key] = value;
    else if (key === 'icd10_code' || key === 'device_class') input[key] = null;
  }
  for (const key of NUMBERS) if (values[key]) input[key] = Number(values[key]);
  for (const key of BOOLEANS) input[key] = values[key] === 'on';
  if (values.deadline)
    input.deadline = /^\d{4}-\d{2}-\d{2}$/.test(values.deadline) ? `${values.deadline}T23:59:59Z` : values.deadline;
  input.tags = (values.tags ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const criteria = [];
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const label = values[`criteria.${i}.label`]?.trim();
    const key = values[`criteria.${i}.key`]?.trim();
    const weight = values[`criteria.${i}.weight`]?.trim();
    if (!label && !key && !weight) continue;
    criteria.push({ key, label, weight: weight ? Number(weight) : undefined });
  }
  input.criteria = criteria;
  if (cluster !== undefined) input.cluster = cluster;
  return input;
}

/** Form values for a new challenge: the default criteria, sensible defaults. */
export function newChallengeValues(): Record<string, string> {
  const values: Record<string, string> = {
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
export function challengeValues(c: Challenge): Record<string, string> {
  const values: Record<string, string> = {};
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
