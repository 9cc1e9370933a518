import { CARE_PATHWAY_STEPS, DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../../worker/db/enums';
import type { ManagedOrganization } from '../../../worker/domain/organizations/affiliation.view';
import { Checkbox, CheckboxGroup, ErrorSummary, Field, Notice, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface EditPageProps {
  page: PageContext;
  organization: ManagedOrganization;
  form: FormState;
  notice?: string;
}

/**
 * An organization's profile as its administrators (and the moderators of its cluster, admins) edit
 * it: saved with a description and at least one capability, and verified, it is listed.
 */
export function OrganizationEditPage({ page, organization: o, form, notice }: EditPageProps) {
  const { tr } = page;
  const { t } = tr;
  const title = t('affiliation.edit.title', { organization: o.name });
  const offers = PARTNER_OFFERS.map((v) => ({ value: v, label: t(`offer.${v}`) }));
  const status =
    o.listed_at !== null
      ? t('affiliation.edit.status_listed', { date: tr.date(o.listed_at) })
      : o.verified_at === null
        ? t('affiliation.edit.status_unverified')
        : t('affiliation.edit.status_unlisted');
  return (
    <Layout page={page} title={title}>
      <p>
        {o.listed_at !== null ? (
          <a href={`/organizations/${o.id}`}>{t('affiliation.back_profile')}</a>
        ) : (
          <a href={`/organizations/${o.id}/members`}>{t('affiliation.members.link')}</a>
        )}
      </p>
      <h1>{title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('affiliation.edit.intro')}</p>
      <p>{status}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action={`/organizations/${o.id}/edit`} class="stack wide" novalidate>
        <input type="hidden" name="version" value={form.values.version ?? ''} />
        <Select
          form={form}
          name="kind"
          label={t('organization.kind')}
          options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`org.${k}`) }))}
        />
        <Field form={form} name="region" label={t('organization.region')} />
        <Field form={form} name="website" label={t('organization.website')} hint={t('affiliation.edit.website_hint')} />
        <TextArea
          form={form}
          name="description"
          label={t('affiliation.edit.description')}
          hint={t('affiliation.edit.description_hint')}
        />
        <Field
          form={form}
          name="facets.capability"
          label={t('organization.capabilities')}
          hint={t('affiliation.edit.capability_hint')}
        />
        <Field form={form} name="trl_min" type="number" min={1} max={9} label={t('affiliation.edit.trl_min')} />
        <Field form={form} name="trl_max" type="number" min={1} max={9} label={t('affiliation.edit.trl_max')} />
        <CheckboxGroup
          form={form}
          name="facets.pathway"
          legend={t('organization.pathway')}
          options={CARE_PATHWAY_STEPS.map((p) => ({ value: p, label: t(`pathway.${p}`) }))}
        />
        <CheckboxGroup
          form={form}
          name="facets.regulatory"
          legend={t('organization.regulatory')}
          options={DEVICE_CLASSES.map((c) => ({ value: c, label: t('partners.regulatory.class', { class: c }) }))}
        />
        <CheckboxGroup form={form} name="facets.offers" legend={t('organization.offers')} options={offers} />
        <CheckboxGroup form={form} name="facets.seeks" legend={t('organization.seeks')} options={offers} />
        <Checkbox
          form={form}
          name="listed"
          label={t('affiliation.edit.listed')}
          hint={t('affiliation.edit.listed_hint')}
        />
        <button type="submit">{t('affiliation.edit.save')}</button>
      </form>
    </Layout>
  );
}
