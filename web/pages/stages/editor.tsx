import { Checkbox, ErrorSummary, Field, Messages, Notice, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import {
  criterionRowsShown,
  requiredField,
  STAGE_FIELDS,
  STAGE_KINDS,
  STAGE_ROWS,
  stageCriterionField,
  stageField,
} from '../../forms/stages';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import type { ChallengeHeading } from '../challenges/nav';

interface StageEditorProps {
  page: PageContext;
  challenge: ChallengeHeading;
  form: FormState;
  notice?: string;
}

/** One stage: its name, kind, dates, minimum, feedback, what solvers fill in and its criteria. */
function StageFieldset({ page, form, i }: { page: PageContext; form: FormState; i: number }) {
  const { t } = page.tr;
  const n = String(i + 1);
  const required = stageField(i, 'required_fields');
  const rows = Array.from({ length: criterionRowsShown(form.values, i) }, (_, j) => j);
  return (
    <fieldset id={`stage-${i + 1}`} class="stage">
      <legend>{t('stages.editor.stage', { n })}</legend>
      <Field form={form} name={stageField(i, 'name')} label={t('stages.editor.name')} />
      <Select
        form={form}
        name={stageField(i, 'kind')}
        label={t('stages.editor.kind')}
        options={STAGE_KINDS.map((k) => ({ value: k, label: t(`stages.kind.${k}`) }))}
      />
      <Field form={form} name={stageField(i, 'deadline')} label={t('stages.editor.deadline')} type="date" />
      <Field
        form={form}
        name={stageField(i, 'evaluation_deadline')}
        label={t('stages.editor.evaluation_deadline')}
        type="date"
      />
      <Field
        form={form}
        name={stageField(i, 'min_evaluations')}
        label={t('stages.editor.min_evaluations')}
        type="number"
        min={1}
        max={20}
      />
      <Checkbox form={form} name={stageField(i, 'share_feedback')} label={t('stages.editor.share_feedback')} />
      <fieldset id={required} class={form.errors[required] ? 'choices has-error' : 'choices'}>
        <legend>{t('stages.editor.required_fields')}</legend>
        <Messages form={form} name={required} />
        {STAGE_FIELDS.map((f) => (
          <Checkbox form={form} name={requiredField(i, f)} label={t(`stages.field.${f}`)} />
        ))}
      </fieldset>
      <fieldset id={stageField(i, 'criteria')} class="criteria">
        <legend>{t('stages.editor.criteria')}</legend>
        <Messages form={form} name={stageField(i, 'criteria')} />
        {rows.map((j) => {
          const description = stageCriterionField(i, j, 'description');
          return (
            <fieldset class="criterion">
              <legend>{t('stages.editor.criterion', { n: String(j + 1) })}</legend>
              <Field form={form} name={stageCriterionField(i, j, 'label')} label={t('stages.editor.criterion_name')} />
              <Field
                form={form}
                name={stageCriterionField(i, j, 'weight')}
                label={t('stages.editor.criterion_weight')}
                type="number"
                min={1}
                max={100}
              />
              {form.values[description] && <input type="hidden" name={description} value={form.values[description]} />}
            </fieldset>
          );
        })}
      </fieldset>
    </fieldset>
  );
}

/** The stage editor of a challenge's authoring (issue 15): up to five stages in one plain form. */
export function StageEditorPage({ page, challenge, form, notice }: StageEditorProps) {
  const { t } = page.tr;
  const title = t('stages.editor.title');
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        <a href={`/challenges/${challenge.id}/edit`} lang={challenge.language}>
          {challenge.title}
        </a>
      </p>
      <h1>{title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="hint">{t('stages.editor.intro')}</p>
      <ErrorSummary tr={page.tr} form={form} />
      <form method="post" action={`/challenges/${challenge.id}/stages`} class="stack wide" novalidate>
        <input type="hidden" name="version" value={form.values.version ?? ''} />
        {Array.from({ length: STAGE_ROWS }, (_, i) => (
          <StageFieldset page={page} form={form} i={i} />
        ))}
        <button type="submit">{t('stages.editor.save')}</button>
      </form>
    </Layout>
  );
}
