import { CARE_PATHWAY_STEPS, DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../../worker/db/enums';
import type { OrganizationSummary } from '../../../worker/domain/organizations/organization.view';
import { Field, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** The partner search's filters as ticked or typed: single values, and lists for the checkboxes. */
export interface PartnerFilters {
  single: FormState;
  kind: readonly string[];
  offers: readonly string[];
  seeks: readonly string[];
}

interface SearchProps {
  page: PageContext;
  filters: PartnerFilters;
  /** The labels of the filters that could not be read, when some could not. */
  invalid: string[];
  results: OrganizationSummary[];
  nextHref: string | null;
}

/** A fieldset of checkboxes: any of the ticked values matches. */
function Checks({
  name,
  legend,
  hint,
  options,
  ticked,
}: {
  name: string;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
  ticked: readonly string[];
}) {
  return (
    <fieldset aria-describedby={`${name}-hint`}>
      <legend>{legend}</legend>
      <p class="hint" id={`${name}-hint`}>
        {hint}
      </p>
      {options.map((o) => (
        <label class="choice" for={`${name}-${o.value}`}>
          <input
            id={`${name}-${o.value}`}
            type="checkbox"
            name={name}
            value={o.value}
            checked={ticked.includes(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What an organization offers and looks for, as one line each. */
export function OfferLines({ tr, organization: o }: { tr: Translator; organization: OrganizationSummary }) {
  const { t } = tr;
  return (
    <>
      {o.facets.offers.length > 0 && (
        <p class="meta">
          {t('partners.offers')}: {tr.list(o.facets.offers.map((v) => t(`offer.${v}`)))}
        </p>
      )}
      {o.facets.seeks.length > 0 && (
        <p class="meta">
          {t('partners.seeks')}: {tr.list(o.facets.seeks.map((v) => t(`offer.${v}`)))}
        </p>
      )}
    </>
  );
}

/** A result's first sentences: a card shows at most this much of a description. */
const excerpt = (text: string | null) => (text && text.length > 240 ? `${text.slice(0, 237).trimEnd()}…` : text);

/** Partner search: a plain GET form (bookmarkable, no JavaScript), results as cards, cursor pages. */
export function PartnerSearchPage({ page, filters, invalid, results, nextHref }: SearchProps) {
  const { tr } = page;
  const { t } = tr;
  const any = { value: '', label: t('partners.any') };
  const offerOptions = PARTNER_OFFERS.map((v) => ({ value: v, label: t(`offer.${v}`) }));
  return (
    <Layout page={page} title={t('partners.title')} preview={{ description: t('discovery.partners') }}>
      <h1>{t('partners.title')}</h1>
      <p>{t('partners.intro')}</p>
      <search aria-label={t('partners.filters')}>
        <details class="filters-fold" open={invalid.length > 0 || undefined}>
          <summary class="filters-toggle">{t('layout.filters.summary')}</summary>
          <form method="get" action="/partners" class="filters">
            <Field form={filters.single} name="q" label={t('partners.q')} type="search" hint={t('partners.q_hint')} />
            <Checks
              name="kind"
              legend={t('partners.kind')}
              hint={t('partners.any_hint')}
              options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`org.${k}`) }))}
              ticked={filters.kind}
            />
            <Field
              form={filters.single}
              name="country"
              label={t('partners.country')}
              hint={t('partners.country_hint')}
            />
            <Field
              form={filters.single}
              name="capability"
              label={t('partners.capability')}
              hint={t('partners.capability_hint')}
            />
            <Select
              form={filters.single}
              name="pathway"
              label={t('partners.pathway')}
              options={[any, ...CARE_PATHWAY_STEPS.map((p) => ({ value: p, label: t(`pathway.${p}`) }))]}
            />
            <Select
              form={filters.single}
              name="regulatory"
              label={t('partners.regulatory')}
              options={[
                any,
                ...DEVICE_CLASSES.map((c) => ({ value: c, label: t('partners.regulatory.class', { class: c }) })),
              ]}
            />
            <Checks
              name="offers"
              legend={t('partners.offers')}
              hint={t('partners.any_hint')}
              options={offerOptions}
              ticked={filters.offers}
            />
            <Checks
              name="seeks"
              legend={t('partners.seeks')}
              hint={t('partners.any_hint')}
              options={offerOptions}
              ticked={filters.seeks}
            />
            <Select
              form={filters.single}
              name="trl"
              label={t('partners.trl')}
              hint={t('partners.trl_hint')}
              options={[any, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))]}
            />
            <button type="submit">{t('partners.apply')}</button>
            <p>
              <a href="/partners">{t('partners.clear')}</a>
            </p>
          </form>
        </details>
      </search>

      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('partners.results')}</h2>
        {invalid.length > 0 && (
          <p class="field-error" role="alert">
            {t('partners.invalid', { fields: tr.list(invalid) })}
          </p>
        )}
        {invalid.length === 0 && results.length === 0 && (
          <>
            <p>{t('partners.none')}</p>
            <p>
              <a href="/partners">{t('partners.clear')}</a>
            </p>
          </>
        )}
        {results.length > 0 && (
          <ul class="cards">
            {results.map((o) => (
              <li class="card">
                <h3>
                  <a href={`/organizations/${o.id}`}>{o.name}</a>
                </h3>
                <p class="meta">
                  {[t(`org.${o.kind}`), o.region, o.country || null].filter(Boolean).join(' · ')}
                  {o.trl_min !== null && o.trl_max !== null
                    ? ` · ${t('partners.trl_range', { min: o.trl_min, max: o.trl_max })}`
                    : ''}
                </p>
                {o.description && <p>{excerpt(o.description)}</p>}
                <OfferLines tr={tr} organization={o} />
                {o.facets.capability.length > 0 && (
                  <p class="meta">
                    {t('organization.capabilities')}: {tr.list(o.facets.capability.map((c) => c.replace(/-/g, ' ')))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <NextPage tr={tr} href={nextHref} />
      </section>
    </Layout>
  );
}
