import { DEVICE_CLASSES, MILESTONE_KINDS, MILESTONE_STATUSES } from '../../../worker/db/enums';
import type { Cooperation, Milestone } from '../../../worker/domain/cooperations/cooperation.schema';
import { Checkbox, ErrorSummary, Field, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

type Kind = Milestone['kind'];

/** The figure fields of a kind (all of them when recording: the kind is chosen in the same form). */
function FigureFields({ tr, form, kind, verdict }: { tr: Translator; form: FormState; kind?: Kind; verdict: boolean }) {
  const { t } = tr;
  const none = { value: '', label: t('coop.field.none') };
  return (
    <>
      {(!kind || kind === 'kpi_result') && (
        <>
          <Field form={form} name="kpi_value" label={t('coop.field.kpi_value')} type="number" />
          <Field form={form} name="kpi_unit" label={t('coop.field.kpi_unit')} />
          <TextArea form={form} name="kpi_method" label={t('coop.field.kpi_method')} />
          {kind === 'kpi_result' && !verdict && <p class="hint">{t('coop.field.kpi_remeasure_hint')}</p>}
          {kind === 'kpi_result' && verdict && (
            <Select
              form={form}
              name="kpi_met"
              label={t('coop.field.kpi_met')}
              options={[
                { value: '', label: t('coop.field.kpi_met.open') },
                { value: 'yes', label: t('coop.field.kpi_met.yes') },
                { value: 'no', label: t('coop.field.kpi_met.no') },
              ]}
            />
          )}
        </>
      )}
      {(!kind || kind === 'regulatory') && (
        <>
          <Select
            form={form}
            name="regulation"
            label={t('coop.field.regulation')}
            first={none}
            options={[
              { value: 'mdr', label: 'MDR' },
              { value: 'ivdr', label: 'IVDR' },
            ]}
          />
          <Select
            form={form}
            name="device_class"
            label={t('coop.field.device_class')}
            first={none}
            options={DEVICE_CLASSES.map((d) => ({ value: d, label: d }))}
          />
          <Field form={form} name="notified_body" label={t('coop.field.notified_body')} />
        </>
      )}
      {(!kind || kind === 'follow_on_funding') && (
        <>
          <Field form={form} name="funding_programme" label={t('coop.field.funding_programme')} />
          <Field form={form} name="funding_amount_minor" label={t('coop.field.funding_amount')} />
          <Field form={form} name="funding_currency" label={t('coop.field.funding_currency')} />
        </>
      )}
    </>
  );
}

/**
 * Recording a milestone (`milestone` undefined) or updating one, on a page of its own, so each
 * form's fields have ids of their own.
 */
export function MilestonePage({
  page,
  cooperation: c,
  milestone,
  form,
  verdict,
  publish,
}: {
  page: PageContext;
  cooperation: Cooperation;
  milestone?: Milestone;
  form: FormState;
  /** The clinic side may say whether a KPI met its target. */
  verdict: boolean;
  /** The viewer decides whether the milestone is public: a new one's recorder, or the side that recorded it. */
  publish: boolean;
}) {
  const { tr } = page;
  const { t } = tr;
  const title = milestone ? t('coop.edit.title') : t('coop.add.title');
  const action = milestone ? `/cooperations/${c.id}/milestones/${milestone.id}` : `/cooperations/${c.id}/milestones`;
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        <a href={`/cooperations/${c.id}`}>{t('coop.title', { challenge: c.challenge.title })}</a>
      </p>
      <h1>{milestone ? `${title}: ${t(`coop.kind.${milestone.kind}`)}` : title}</h1>
      {!milestone && <p>{t('coop.add.explain')}</p>}
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={action} class="stack wide" novalidate>
        {milestone && <input type="hidden" name="version" value={form.values.version ?? String(milestone.version)} />}
        {!milestone && (
          <Select
            form={form}
            name="kind"
            label={t('coop.field.kind')}
            options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`coop.kind.${k}`) }))}
            required
          />
        )}
        <Select
          form={form}
          name="status"
          label={t('coop.field.status')}
          options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`coop.mstatus.${s}`) }))}
        />
        <Field form={form} name="planned_on" label={t('coop.field.planned_on')} type="date" />
        <Field
          form={form}
          name="achieved_on"
          label={t('coop.field.achieved_on')}
          hint={t('coop.field.achieved_on_hint')}
          type="date"
        />
        <FigureFields tr={tr} form={form} kind={milestone?.kind} verdict={verdict} />
        <TextArea form={form} name="note" label={t('coop.field.note')} />
        {publish ? (
          <Checkbox form={form} name="public" label={t('coop.field.public')} />
        ) : (
          <p class="hint">{t(milestone?.public ? 'coop.field.public_theirs_yes' : 'coop.field.public_theirs_no')}</p>
        )}
        <button type="submit">{milestone ? t('coop.edit.save') : t('coop.add.save')}</button>
      </form>
      <p>
        <a href={`/cooperations/${c.id}`}>{t('coop.back')}</a>
      </p>
    </Layout>
  );
}

/** A milestone's values as the update form shows them first. */
export function milestoneValues(m: Milestone): Record<string, string> {
  const str = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    status: m.status,
    planned_on: str(m.planned_on),
    achieved_on: str(m.achieved_on),
    note: m.note,
    ...(m.public ? { public: 'on' } : {}),
    kpi_value: str(m.kpi_value),
    kpi_unit: str(m.kpi_unit),
    kpi_method: str(m.kpi_method),
    kpi_met: m.kpi_met === true ? 'yes' : m.kpi_met === false ? 'no' : '',
    regulation: str(m.regulation),
    device_class: str(m.device_class),
    notified_body: str(m.notified_body),
    funding_programme: str(m.funding_programme),
    funding_amount_minor: m.funding_amount_minor === null ? '' : (m.funding_amount_minor / 100).toFixed(2),
    funding_currency: str(m.funding_currency),
    version: String(m.version),
  };
}
