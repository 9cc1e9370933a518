import { STAGE_FIELDS, STAGE_KINDS } from '../../worker/db/enums';
import { AdvanceInputSchema, StageParam } from '../../worker/domain/evaluation/advance.schema';
import { StagesInputSchema } from '../../worker/domain/stages/stages.schema';
import type { Stages } from '../../worker/domain/stages/stages.view';
import type { Translator } from '../i18n';
import { checkbox, chosen, endOfDay, number, text } from '../pipeline/decoders';
import { defineForm, type FormValues } from '../pipeline/forms';

/** Stages on the form (the API takes 5) and criterion rows per stage (the API takes 12). */
export const STAGE_ROWS = 5;
export const STAGE_CRITERION_ROWS = 8;
export { STAGE_FIELDS, STAGE_KINDS };

/** Field names are the API's paths, so every message lands next to its field. */
export const stageField = (i: number, part: string) => `stages.${i}.${part}`;
export const stageCriterionField = (i: number, j: number, part: 'label' | 'weight' | 'description') =>
  stageField(i, `criteria.${j}.${part}`);
/** One checkbox per field a stage may require: `stages.0.required_fields.budget` = "on". */
const requiredPrefix = (i: number) => `${stageField(i, 'required_fields')}.`;
export const requiredField = (i: number, field: string) => `${requiredPrefix(i)}${field}`;

const stageRows = Array.from({ length: STAGE_ROWS }, (_, i) => i);
const criterionRows = Array.from({ length: STAGE_CRITERION_ROWS }, (_, j) => j);

/** Whether anything was entered for a stage (its kind and minimum have defaults, so they do not count). */
const filled = (values: FormValues, i: number) =>
  ['name', 'deadline', 'evaluation_deadline'].some((p) => text(values[stageField(i, p)])) ||
  chosen(values, requiredPrefix(i), 'on').length > 0 ||
  criterionRows.some(
    (j) => text(values[stageCriterionField(i, j, 'label')]) || text(values[stageCriterionField(i, j, 'weight')]),
  );

/**
 * The form as the API's input: the stages up to the last one with anything in it (an empty stage
 * between two filled ones is sent, to be refused by name), dates as the end of that day in UTC,
 * criterion rows with anything in them.
 */
function stagesInput(values: FormValues) {
  const last = stageRows.findLast((i) => i === 0 || filled(values, i)) ?? 0;
  return {
    version: number(values.version),
    stages: stageRows.slice(0, last + 1).map((i) => ({
      name: text(values[stageField(i, 'name')]) ?? '',
      kind: values[stageField(i, 'kind')] || 'submission',
      deadline: endOfDay(values[stageField(i, 'deadline')]),
      evaluation_deadline: endOfDay(values[stageField(i, 'evaluation_deadline')]) ?? null,
      min_evaluations: number(values[stageField(i, 'min_evaluations')]) ?? 3,
      share_feedback: checkbox(values[stageField(i, 'share_feedback')]),
      required_fields: chosen(values, requiredPrefix(i), 'on'),
      criteria: criterionRows
        .map((j) => ({
          label: text(values[stageCriterionField(i, j, 'label')]),
          weight: number(values[stageCriterionField(i, j, 'weight')]),
          // Not edited here (stage 1's on the challenge form): kept as it was.
          description: text(values[stageCriterionField(i, j, 'description')]) ?? null,
        }))
        .filter((c) => c.label !== undefined || c.weight !== undefined),
    })),
  };
}

/** Every field's label, in page order, naming its stage (and criterion). */
function stagesLabels({ t }: Translator): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const i of stageRows) {
    const stage = String(i + 1);
    const of = (key: Parameters<Translator['t']>[0]) => t('stages.editor.label', { stage, field: t(key) });
    labels[stageField(i, 'name')] = of('stages.editor.name');
    labels[stageField(i, 'kind')] = of('stages.editor.kind');
    labels[stageField(i, 'deadline')] = of('stages.editor.deadline');
    labels[stageField(i, 'evaluation_deadline')] = of('stages.editor.evaluation_deadline');
    labels[stageField(i, 'min_evaluations')] = of('stages.editor.min_evaluations');
    labels[stageField(i, 'share_feedback')] = of('stages.editor.share_feedback');
    labels[stageField(i, 'required_fields')] = of('stages.editor.required_fields');
    labels[stageField(i, 'criteria')] = of('stages.editor.criteria');
    for (const j of criterionRows) {
      for (const part of ['label', 'weight'] as const) {
        labels[stageCriterionField(i, j, part)] = t('stages.editor.label_criterion', {
          stage,
          n: String(j + 1),
          field: t(part === 'label' ? 'stages.editor.criterion_name' : 'stages.editor.criterion_weight'),
        });
      }
    }
  }
  labels.version = t('form.version');
  return labels;
}

/** The rules over two fields, said in the page's language (the schema's own sentences are English). */
function stagesMessages({ t }: Translator): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const i of stageRows) {
    // `{label}` is filled in by the form pipeline with the field's label (which names the stage).
    const label = '{label}';
    messages[stageField(i, 'deadline')] = t('stages.editor.error.deadline', { label });
    messages[stageField(i, 'evaluation_deadline')] = t('stages.editor.error.evaluation_deadline', { label });
    messages[stageField(i, 'required_fields')] = t('stages.editor.error.required_fields', { label });
  }
  return messages;
}

/** The stage editor: PUT /challenges/{id}/stages as a form, with the version it was loaded at. */
export const stagesForm = defineForm({
  schema: StagesInputSchema,
  decode: stagesInput,
  labels: stagesLabels,
  messages: stagesMessages,
  collapse: stageRows.map((i) => stageField(i, 'required_fields')),
});

/** How many criterion rows a stage shows: those in use and two empty ones, at least three. */
export const criterionRowsShown = (values: FormValues, i: number) => {
  const used = criterionRows.findLast(
    (j) => text(values[stageCriterionField(i, j, 'label')]) || text(values[stageCriterionField(i, j, 'weight')]),
  );
  return Math.min(STAGE_CRITERION_ROWS, Math.max(3, (used ?? -1) + 3));
};

/** Form values from the stored stages, and the version of the challenge they belong to. */
export function stagesValues(stages: Stages, version: number): FormValues {
  const values: FormValues = { version: String(version) };
  for (const [i, s] of stages.data.entries()) {
    values[stageField(i, 'name')] = s.name;
    values[stageField(i, 'kind')] = s.kind;
    values[stageField(i, 'deadline')] = s.deadline.slice(0, 10);
    values[stageField(i, 'evaluation_deadline')] = s.evaluation_deadline?.slice(0, 10) ?? '';
    values[stageField(i, 'min_evaluations')] = String(s.min_evaluations);
    values[stageField(i, 'share_feedback')] = s.share_feedback ? 'on' : '';
    for (const f of s.required_fields) values[requiredField(i, f)] = 'on';
    for (const [j, c] of s.criteria.slice(0, STAGE_CRITERION_ROWS).entries()) {
      values[stageCriterionField(i, j, 'label')] = c.label;
      values[stageCriterionField(i, j, 'weight')] = String(c.weight);
      values[stageCriterionField(i, j, 'description')] = c.description ?? '';
    }
  }
  return values;
}

/** The shortlist form's checkbox for a solution: `shortlist.<id>` = "on". */
export const shortlistField = (solutionId: string) => `shortlist.${solutionId}`;

/**
 * The shortlist of a stage under evaluation (issue 15): POST …/stages/{stage}/advance as a form,
 * one checkbox per ranked solution, the stage it advances from, and whether those not advanced
 * read the jury's feedback (said either way, never left to a default the owner does not see).
 */
export const shortlistForm = defineForm({
  schema: AdvanceInputSchema.extend(StageParam.shape),
  decode: (values) => ({
    stage: values.stage,
    solution_ids: chosen(values, 'shortlist.', 'on'),
    share_feedback: checkbox(values.share_feedback),
  }),
  labels: ({ t }) => ({
    solution_ids: t('stages.shortlist.legend'),
    share_feedback: t('stages.shortlist.share_feedback'),
    stage: t('stages.selector'),
  }),
  collapse: ['solution_ids'],
  messages: ({ t }) => ({ solution_ids: t('stages.shortlist.error.none') }),
});
