import {
  CARE_PATHWAY_STEPS,
  DATA_ON_OFFER,
  DEVICE_CLASSES,
  LANGUAGES,
  REGULATIONS,
  REWARD_KINDS,
  VISIBILITIES,
} from '../../../worker/db/enums';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import { Checkbox, ErrorSummary, Field, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { CRITERION_ROWS, newChallengeForm } from '../../forms/challenges';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface ChallengeFormProps {
  page: PageContext;
  form: FormState;
  /** Given for a new challenge (choose its cluster); absent when editing. */
  clusters?: Cluster[];
  action: string;
  title: string;
}

/** The structured clinical need, in the order a clinician thinks it through. Plain HTML form. */
export function ChallengeFormPage({ page, form, clusters, action, title }: ChallengeFormProps) {
  const { tr } = page;
  const { t } = tr;
  const labels = newChallengeForm.labels(tr);
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: prefix ? t(`${prefix}.${v}` as never) : v }));
  const trls = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }));
  return (
    <Layout page={page} title={title} scripts={['/enhance.js']}>
      <h1>{title}</h1>
      <p class="notice">{t('form.no_patient_data')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={action} class="stack wide" novalidate>
        {form.values.version && <input type="hidden" name="version" value={form.values.version} />}
        <fieldset>
          <legend>{t('form.basics')}</legend>
          {clusters && (
            <Select
              form={form}
              name="cluster"
              label={labels.cluster ?? ''}
              options={clusters.map((c) => ({ value: c.slug, label: c.name }))}
              required
            />
          )}
          <Field form={form} name="title" label={labels.title ?? ''} hint={t('form.title_hint')} required />
          <TextArea form={form} name="summary" label={labels.summary ?? ''} hint={t('form.summary_hint')} required />
          <TextArea form={form} name="problem_statement" label={labels.problem_statement ?? ''} required />
          <TextArea form={form} name="clinical_context" label={labels.clinical_context ?? ''} />
        </fieldset>
        <fieldset>
          <legend>{t('challenge.need')}</legend>
          <Field form={form} name="indication" label={labels.indication ?? ''} required />
          <Field form={form} name="icd10_code" label={labels.icd10_code ?? ''} hint={t('form.icd10_hint')} />
          <Select
            form={form}
            name="care_pathway_step"
            label={labels.care_pathway_step ?? ''}
            options={options(CARE_PATHWAY_STEPS, 'pathway')}
          />
          <TextArea form={form} name="patient_population" label={labels.patient_population ?? ''} required />
          <TextArea form={form} name="standard_of_care" label={labels.standard_of_care ?? ''} required />
          <TextArea form={form} name="target_outcome" label={labels.target_outcome ?? ''} required />
          <Field form={form} name="outcome_kpi" label={labels.outcome_kpi ?? ''} hint={t('form.kpi_hint')} required />
        </fieldset>
        <fieldset>
          <legend>{t('form.regulation_data')}</legend>
          <Select
            form={form}
            name="regulation"
            label={labels.regulation ?? ''}
            options={options(REGULATIONS, 'regulation')}
          />
          <Select
            form={form}
            name="device_class"
            label={labels.device_class ?? ''}
            options={[{ value: '', label: '—' }, ...options(DEVICE_CLASSES, '')]}
          />
          <Checkbox form={form} name="ce_marking_required" label={labels.ce_marking_required ?? ''} />
          <Select
            form={form}
            name="data_on_offer"
            label={labels.data_on_offer ?? ''}
            options={options(DATA_ON_OFFER, 'data')}
          />
          <Checkbox
            form={form}
            name="involves_patient_data"
            label={labels.involves_patient_data ?? ''}
            hint={t('form.no_patient_data')}
          />
          <TextArea form={form} name="integration_needs" label={labels.integration_needs ?? ''} />
        </fieldset>
        <fieldset>
          <legend>{t('form.sought')}</legend>
          <Select form={form} name="trl_min" label={labels.trl_min ?? ''} options={trls} />
          <Select form={form} name="trl_max" label={labels.trl_max ?? ''} options={trls} />
          <Select
            form={form}
            name="reward_kind"
            label={labels.reward_kind ?? ''}
            options={options(REWARD_KINDS, 'reward')}
          />
          <TextArea form={form} name="reward_details" label={labels.reward_details ?? ''} />
          <Field form={form} name="deadline" label={labels.deadline ?? ''} type="date" required />
          <Field form={form} name="tags" label={labels.tags ?? ''} hint={t('form.tags_hint')} />
        </fieldset>
        <fieldset>
          <legend>{t('challenge.criteria')}</legend>
          <p class="hint">{t('form.criteria_hint')}</p>
          {Array.from({ length: CRITERION_ROWS }, (_, i) => (
            <div class="criterion-row">
              <Field form={form} name={`criteria.${i}.label`} label={t('form.criterion_label', { n: i + 1 })} />
              <Field form={form} name={`criteria.${i}.key`} label={t('form.criterion_key', { n: i + 1 })} />
              <Field
                form={form}
                name={`criteria.${i}.weight`}
                label={t('form.criterion_weight', { n: i + 1 })}
                type="number"
                min={1}
                max={100}
              />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('form.settings')}</legend>
          <Select
            form={form}
            name="language"
            label={labels.language ?? ''}
            options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
          />
          <Select
            form={form}
            name="visibility"
            label={labels.visibility ?? ''}
            options={options(VISIBILITIES, 'visibility')}
          />
          <Checkbox form={form} name="share_feedback" label={labels.share_feedback ?? ''} />
        </fieldset>
        <button type="submit">{t('form.save_draft')}</button>
      </form>
    </Layout>
  );
}
