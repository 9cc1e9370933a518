import type { Child } from 'hono/jsx';
import {
  CARE_PATHWAY_STEPS,
  DATA_ON_OFFER,
  LANGUAGES,
  REGULATIONS,
  REWARD_KINDS,
  VISIBILITIES,
} from '../../../worker/db/enums';
import { CLASSES_BY_REGULATION } from '../../../worker/domain/challenges/challenge.schema';
import type { Challenge } from '../../../worker/domain/challenges/challenge.view';
import type { ClusterChoice } from '../../../worker/domain/challenges/cluster-choice';
import {
  Checkbox,
  describedBy,
  ErrorSummary,
  Field,
  Messages,
  Select,
  type SelectGroup,
  TextArea,
} from '../../components/form';
import { Layout } from '../../components/layout';
import { ModeratorNote } from '../../components/moderator-note';
import { CRITERION_ROWS, challengeLabels, criterionField, weightTotal } from '../../forms/challenges';
import { LOCALE_NAMES, type Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface ChallengeFormProps {
  page: PageContext;
  form: FormState;
  action: string;
  title: string;
  /** A new challenge: the clusters to choose from, those that fit the person first. */
  clusters?: ClusterChoice;
  /**
   * A stored challenge: its owner edits it before approval (criteria included, saved as she goes
   * with JavaScript), a moderator amends it after (criteria fixed).
   */
  editing?: { challenge: Challenge; mode: 'edit' | 'amend' };
  /** Open calls the challenge may be put into (issue 15), and the one it is in; none: no choice shown. */
  calls?: { id: string; title: string }[];
}

/** The cluster: nothing chosen, the person's own clusters first, and why they are suggested. */
function ClusterSelect({
  tr,
  form,
  choice,
  label,
}: {
  tr: Translator;
  form: FormState;
  choice: ClusterChoice;
  label: string;
}) {
  const { t } = tr;
  const option = (c: ClusterChoice['suggested'][number]) => ({ value: c.slug, label: `${c.name} (${c.region})` });
  const names = tr.list(choice.suggested.map((c) => c.name));
  const [only] = choice.suggested.length === 1 ? choice.suggested : [];
  const why =
    choice.because === null
      ? undefined
      : only
        ? t(choice.because === 'member' ? 'authoring.cluster.member_one' : 'authoring.cluster.country_one', {
            name: only.name,
          })
        : t(choice.because === 'member' ? 'authoring.cluster.member_many' : 'authoring.cluster.country_many', {
            names,
          });
  const groups: SelectGroup[] = choice.suggested.length
    ? [
        { label: t('authoring.cluster.suggested'), options: choice.suggested.map(option) },
        { label: t('authoring.cluster.others'), options: choice.others.map(option) },
      ].filter((g) => g.options.length > 0)
    : [{ label: t('authoring.cluster.others'), options: choice.others.map(option) }];
  return (
    <Select
      form={form}
      name="cluster"
      label={label}
      hint={why ? `${t('authoring.cluster.hint')} ${why}` : t('authoring.cluster.hint')}
      first={{ value: '', label: t('authoring.cluster.choose') }}
      groups={groups}
      required
    />
  );
}

/** One input of a criterion row; its visible label is short, the group's legend says which criterion. */
function RowField({ form, name, label, children }: { form: FormState; name: string; label: string; children: Child }) {
  return (
    <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
      <label for={name}>{label}</label>
      <Messages form={form} name={name} />
      {children}
    </div>
  );
}

function CriterionRow({ tr, form, row }: { tr: Translator; form: FormState; row: number }) {
  const { t } = tr;
  const [label, description, weight] = (['label', 'description', 'weight'] as const).map((part) =>
    criterionField(row, part),
  ) as [string, string, string];
  const invalid = (name: string) => (form.errors[name] ? 'true' : undefined);
  return (
    <fieldset class="criterion">
      <legend>{t('authoring.criterion.legend', { n: row + 1 })}</legend>
      <RowField form={form} name={label} label={t('authoring.criterion.name')}>
        <input
          id={label}
          name={label}
          type="text"
          value={form.values[label] ?? ''}
          aria-invalid={invalid(label)}
          aria-describedby={describedBy(form, label)}
        />
      </RowField>
      <RowField form={form} name={description} label={t('authoring.criterion.description')}>
        <textarea
          id={description}
          name={description}
          rows={4}
          aria-invalid={invalid(description)}
          aria-describedby={describedBy(form, description)}
        >
          {form.values[description] ?? ''}
        </textarea>
      </RowField>
      <RowField form={form} name={weight} label={t('authoring.criterion.weight')}>
        <input
          id={weight}
          name={weight}
          type="number"
          inputmode="numeric"
          min={1}
          max={100}
          value={form.values[weight] ?? ''}
          data-weight
          aria-invalid={invalid(weight)}
          aria-describedby={describedBy(form, weight)}
        />
      </RowField>
    </fieldset>
  );
}

/** The criteria: editable rows with a running total of the weights, or (after approval) what was fixed. */
function Criteria({ tr, form, fixed }: { tr: Translator; form: FormState; fixed?: Challenge['criteria'] }) {
  const { t } = tr;
  const rows = Array.from({ length: CRITERION_ROWS }, (_, i) => i);
  return (
    <fieldset id="criteria" class={form.errors.criteria ? 'has-error' : undefined}>
      <legend>{t('challenge.criteria')}</legend>
      {fixed ? (
        <>
          <p class="hint">{t('authoring.criteria.fixed')}</p>
          <ul class="criteria-fixed">
            {fixed.map((c) => (
              <li>
                <strong>{c.label}</strong> <span class="meta">({c.weight})</span>
                {c.description && <p class="hint">{c.description}</p>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p class="hint">{t('authoring.criteria.hint')}</p>
          {form.errors.criteria && (
            <p class="field-error" id="criteria-error">
              {form.errors.criteria}
            </p>
          )}
          {rows.map((row) => (
            <CriterionRow tr={tr} form={form} row={row} />
          ))}
          <p class="weight-total">
            {t('authoring.criteria.total')}{' '}
            <output data-weight-total for={rows.map((row) => criterionField(row, 'weight')).join(' ')}>
              {tr.number(weightTotal(form.values))}
            </output>
          </p>
          <p class="hint">{t('authoring.criteria.total_hint')}</p>
        </>
      )}
    </fieldset>
  );
}

/** The structured clinical need, in the order a clinician thinks it through. Plain HTML form. */
export function ChallengeFormPage({ page, form, action, title, clusters, editing, calls = [] }: ChallengeFormProps) {
  const { tr } = page;
  const { t } = tr;
  const labels = challengeLabels(tr);
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as never) }));
  const trls = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: t(`authoring.trl.${n}` as never) }));
  const classes = (regulation: 'mdr' | 'ivdr'): SelectGroup => ({
    label: t(`regulation.${regulation}`),
    data: { 'data-regulation': regulation },
    options: CLASSES_BY_REGULATION[regulation].map((c) => ({
      value: c,
      label: t('authoring.device_class.class', { class: c }),
    })),
  });
  // Only an owner's draft saves as she goes: an amendment changes a published challenge, deliberately.
  const autosave = editing?.mode === 'edit';
  return (
    <Layout page={page} title={title} scripts={['/enhance.js']}>
      <h1>{title}</h1>
      {editing && <ModeratorNote tr={tr} challenge={editing.challenge} />}
      {/* The stages (issue 15) are set on a page of their own, while they may be: before approval. */}
      {autosave && editing && (
        <p>
          <a href={`/challenges/${editing.challenge.id}/stages`}>{t('stages.editor.link')}</a>
        </p>
      )}
      <p class="notice">{t('form.no_patient_data')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form
        method="post"
        action={action}
        class="stack wide"
        novalidate
        data-warn-unsaved
        data-autosave={autosave ? '30' : undefined}
        data-saving={autosave ? t('authoring.autosave.saving') : undefined}
        data-saved={autosave ? t('authoring.autosave.saved') : undefined}
        data-invalid={autosave ? t('authoring.autosave.invalid') : undefined}
        data-stale={autosave ? t('authoring.autosave.stale') : undefined}
        data-failed={autosave ? t('authoring.autosave.failed') : undefined}
      >
        {form.values.version && <input type="hidden" name="version" value={form.values.version} />}
        <fieldset>
          <legend>{t('form.basics')}</legend>
          {clusters && <ClusterSelect tr={tr} form={form} choice={clusters} label={labels.cluster ?? ''} />}
          {editing && <p>{t('authoring.cluster.fixed', { name: editing.challenge.cluster.name })}</p>}
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
            hint={t('authoring.regulation.hint')}
            options={options(REGULATIONS, 'regulation')}
          />
          <Select
            form={form}
            name="device_class"
            label={labels.device_class ?? ''}
            hint={t('authoring.device_class.hint')}
            first={{ value: '', label: t('authoring.device_class.none') }}
            groups={[classes('mdr'), classes('ivdr')]}
            data={{ 'data-classes-of': 'regulation' }}
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
          <Select
            form={form}
            name="trl_min"
            label={labels.trl_min ?? ''}
            hint={t('authoring.trl.hint')}
            options={trls}
          />
          <Select form={form} name="trl_max" label={labels.trl_max ?? ''} options={trls} />
          <Select
            form={form}
            name="reward_kind"
            label={labels.reward_kind ?? ''}
            options={options(REWARD_KINDS, 'reward')}
          />
          <TextArea form={form} name="reward_details" label={labels.reward_details ?? ''} />
          <Field form={form} name="deadline" label={labels.deadline ?? ''} type="date" required />
          <Field form={form} name="tags" label={labels.tags ?? ''} hint={t('authoring.tags.hint')} />
        </fieldset>
        <Criteria tr={tr} form={form} fixed={editing?.mode === 'amend' ? editing.challenge.criteria : undefined} />
        <fieldset>
          <legend>{t('form.settings')}</legend>
          <Select
            form={form}
            name="language"
            label={labels.language ?? ''}
            options={LANGUAGES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
          />
          <Select
            form={form}
            name="visibility"
            label={labels.visibility ?? ''}
            options={options(VISIBILITIES, 'visibility')}
          />
          <Checkbox form={form} name="share_feedback" label={labels.share_feedback ?? ''} />
          <Field
            form={form}
            name="min_evaluations"
            label={labels.min_evaluations ?? ''}
            hint={t('quality.form.min_evaluations_hint')}
            type="number"
            min={1}
            max={20}
          />
          {editing?.mode === 'amend' ? (
            editing.challenge.blind_review && <p class="notice">{t('blind.challenge_note')}</p>
          ) : (
            <Checkbox form={form} name="blind_review" label={labels.blind_review ?? ''} hint={t('blind.form.hint')} />
          )}
          {editing?.mode !== 'amend' && calls.length > 0 && (
            <Select
              form={form}
              name="call_id"
              label={labels.call_id ?? ''}
              hint={t('calls.field.call_hint')}
              first={{ value: '', label: t('calls.field.call_none') }}
              options={calls.map((call) => ({ value: call.id, label: call.title }))}
            />
          )}
        </fieldset>
        <div class="buttons">
          <button type="submit">{t(editing?.mode === 'amend' ? 'authoring.save_changes' : 'form.save_draft')}</button>
          {autosave && <p class="autosave-status" role="status" data-autosave-status hidden />}
        </div>
      </form>
    </Layout>
  );
}
