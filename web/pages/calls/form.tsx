import { LANGUAGES } from '../../../worker/db/enums';
import type { CallClusterChoice } from '../../../worker/domain/calls/choices';
import type { CallRecord } from '../../../worker/domain/calls/read';
import { CheckboxGroup, describedBy, ErrorSummary, Field, Messages, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import {
  BENEFIT_ROWS,
  benefitField,
  CALL_BENEFIT_KINDS,
  callLabels,
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
} from '../../forms/calls';
import { LOCALE_NAMES, type Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** One input of a benefit row: a short visible label, the row's legend says which benefit. */
function BenefitRow({ tr, form, row }: { tr: Translator; form: FormState; row: number }) {
  const { t } = tr;
  const input = (part: 'amount' | 'currency' | 'details', label: string, extra: Record<string, string> = {}) => {
    const name = benefitField(row, part);
    return (
      <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
        <label for={name}>{label}</label>
        <Messages form={form} name={name} />
        <input
          id={name}
          name={name}
          type="text"
          value={form.values[name] ?? ''}
          aria-invalid={form.errors[name] ? 'true' : undefined}
          aria-describedby={describedBy(form, name)}
          {...extra}
        />
      </div>
    );
  };
  return (
    <fieldset class="criterion">
      <legend>{t('calls.form.benefit_legend', { n: row + 1 })}</legend>
      <Select
        form={form}
        name={benefitField(row, 'kind')}
        label={t('calls.form.benefit_kind')}
        options={CALL_BENEFIT_KINDS.map((k) => ({ value: k, label: t(`calls.benefit.${k}`) }))}
      />
      {input('amount', t('calls.form.benefit_amount'), { inputmode: 'decimal' })}
      {input('currency', t('calls.form.benefit_currency'), { maxlength: '3', autocomplete: 'off' })}
      {input('details', t('calls.form.benefit_details'))}
    </fieldset>
  );
}

/**
 * A call's form, new or being edited: what it is about, its dates, who may submit (rules), what
 * winners get (benefits), and for a new call the clusters that run it (the moderator's own leads).
 */
export function CallFormPage({
  page,
  form,
  action,
  clusters,
  editing,
}: {
  page: PageContext;
  form: FormState;
  action: string;
  /** A new call: the clusters to choose from. */
  clusters?: CallClusterChoice;
  /** A stored call being edited (its clusters are fixed). */
  editing?: CallRecord;
}) {
  const { tr } = page;
  const { t } = tr;
  const labels = callLabels(tr);
  const title = editing ? t('calls.form.edit_title') : t('calls.form.new_title');
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        {editing ? <a href={`/calls/${editing.id}`}>{editing.title}</a> : <a href="/calls">{t('calls.title')}</a>}
      </p>
      <h1>{title}</h1>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={action} class="stack" novalidate>
        {editing && <input type="hidden" name="version" value={form.values.version ?? ''} />}
        {clusters && (
          <fieldset>
            <legend>{t('calls.form.clusters')}</legend>
            <Select
              form={form}
              name="lead_cluster"
              label={labels.lead_cluster ?? ''}
              hint={t('calls.form.lead_cluster_hint')}
              first={{ value: '', label: t('authoring.cluster.choose') }}
              options={clusters.own.map((c) => ({ value: c.slug, label: c.name }))}
              required
            />
            {clusters.others.length > 0 && (
              <CheckboxGroup
                form={form}
                name="joint_clusters"
                legend={labels.joint_clusters ?? ''}
                hint={t('calls.form.joint_clusters_hint')}
                options={clusters.others.map((c) => ({ value: c.slug, label: c.name }))}
              />
            )}
          </fieldset>
        )}
        <Field form={form} name="title" label={labels.title ?? ''} hint={t('calls.form.title_hint')} required />
        <TextArea form={form} name="description" label={labels.description ?? ''} required />
        <Select
          form={form}
          name="language"
          label={labels.language ?? ''}
          options={LANGUAGES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))}
        />
        <Field form={form} name="opens_at" type="date" label={labels.opens_at ?? ''} required />
        <Field form={form} name="closes_at" type="date" label={labels.closes_at ?? ''} required />

        <fieldset>
          <legend>{t('calls.rules')}</legend>
          <p class="hint">{t('calls.form.rules_hint')}</p>
          <Field form={form} name="trl_min" type="number" min={1} max={9} label={labels.trl_min ?? ''} />
          <Field form={form} name="trl_max" type="number" min={1} max={9} label={labels.trl_max ?? ''} />
          <CheckboxGroup
            form={form}
            name="organization_kinds"
            legend={labels.organization_kinds ?? ''}
            options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`org.${k}`) }))}
          />
          <Field
            form={form}
            name="countries"
            label={labels.countries ?? ''}
            hint={t('calls.form.countries_hint')}
            autocomplete="off"
          />
          <CheckboxGroup
            form={form}
            name="company_sizes"
            legend={labels.company_sizes ?? ''}
            hint={t('organizations.size_hint')}
            options={ORGANIZATION_SIZES.map((s) => ({ value: s, label: t(`organizations.size.${s}`) }))}
          />
        </fieldset>

        <fieldset>
          <legend>{t('calls.benefits')}</legend>
          <p class="hint">{t('calls.form.benefits_hint')}</p>
          {Array.from({ length: BENEFIT_ROWS }, (_, row) => (
            <BenefitRow tr={tr} form={form} row={row} />
          ))}
        </fieldset>

        <button type="submit">{editing ? t('calls.form.save') : t('calls.form.create')}</button>
      </form>
    </Layout>
  );
}
