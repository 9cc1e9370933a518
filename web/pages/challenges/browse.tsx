import { CARE_PATHWAY_STEPS } from '../../../worker/db/enums';
import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import { ChallengeCards } from '../../components/challenge-cards';
import { Field, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { SAVED_FILTERS } from '../../forms/notifications';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { SaveSearchForm, type SaveSearchOffer } from '../notifications/save-search';

interface BrowserProps {
  page: PageContext;
  form: FormState;
  clusters: Pick<Cluster, 'slug' | 'name'>[];
  results: ChallengeSummary[];
  nextHref: string | null;
  /** "Save this search", for signed-in visitors whose filters are valid. */
  save?: SaveSearchOffer;
}

const CATALOGUE_STATUSES = ['open', 'evaluation', 'decided', 'archived'] as const;
const SORTS = ['newest', 'deadline', 'most_endorsed', 'relevance'] as const;

/** The challenge catalogue: every filter is a plain GET form, so it works without JavaScript and can be bookmarked. */
export function ChallengeBrowserPage({ page, form, clusters, results, nextHref, save }: BrowserProps) {
  const { tr } = page;
  const { t } = tr;
  const any = { value: '', label: t('browse.any') };
  // Filters in force (the sort order is not one); their number shows on the folded summary.
  const set = SAVED_FILTERS.filter((key) => form.values[key]).length;
  const failed =
    Object.keys(form.errors).length > 0 || (save && Object.keys(save.form.errors).length > 0) || !!save?.form.error;
  return (
    <Layout page={page} title={t('browse.title')} preview={{ description: t('discovery.challenges') }}>
      <h1>{t('browse.title')}</h1>
      <search aria-label={t('browse.filters')}>
        {/*
          On phones the filters fold away under "Filters", so the first results show on the first
          screen; a failed search or save opens them. On wide screens they always show (styles.css).
        */}
        <details class="filters-fold" open={failed || undefined}>
          <summary class="filters-toggle">
            {t('layout.filters.summary')}
            {set > 0 && <span class="filters-set"> · {tr.plural('layout.filters.set', set)}</span>}
          </summary>
          <form method="get" action="/challenges" class="filters">
            <Field form={form} name="q" label={t('browse.q')} type="search" hint={t('browse.q_hint')} />
            <Select
              form={form}
              name="status"
              label={t('browse.status')}
              options={[any, ...CATALOGUE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
            />
            <Select
              form={form}
              name="cluster"
              label={t('browse.cluster')}
              options={[any, ...clusters.map((c) => ({ value: c.slug, label: c.name }))]}
            />
            <Field form={form} name="tag" label={t('browse.tag')} hint={t('browse.tag_hint')} />
            <Select
              form={form}
              name="trl"
              label={t('browse.trl')}
              hint={t('browse.trl_hint')}
              options={[any, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))]}
            />
            <Select
              form={form}
              name="pathway"
              label={t('browse.pathway')}
              options={[any, ...CARE_PATHWAY_STEPS.map((p) => ({ value: p, label: t(`pathway.${p}`) }))]}
            />
            <Field form={form} name="deadline_before" label={t('browse.deadline_before')} type="date" />
            <Select
              form={form}
              name="sort"
              label={t('browse.sort')}
              options={[
                { value: '', label: t('search.sort.default') },
                ...SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) })),
              ]}
            />
            <button type="submit">{t('browse.apply')}</button>
          </form>
          {save && <SaveSearchForm page={page} offer={save} />}
        </details>
      </search>

      <section aria-labelledby="results-title" aria-live="polite">
        <h2 id="results-title">{t('browse.results')}</h2>
        {results.length === 0 ? <p>{t('browse.none')}</p> : <ChallengeCards tr={tr} challenges={results} />}
        <NextPage tr={tr} href={nextHref} />
      </section>
    </Layout>
  );
}
