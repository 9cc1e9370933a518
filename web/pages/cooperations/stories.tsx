import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import type { CooperationListItem, Milestone } from '../../../worker/domain/cooperations/cooperation.schema';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import { MilestoneCards } from './parts';

/** What came out of a cluster's challenges: its public cooperations and their public milestones. */
export function StoriesPage({
  page,
  cluster,
  stories,
}: {
  page: PageContext;
  cluster: Cluster;
  stories: (CooperationListItem & { milestones: Milestone[] })[];
}) {
  const { tr } = page;
  const { t } = tr;
  const title = t('coop.stories.title', { cluster: cluster.name });
  return (
    <Layout
      page={page}
      title={title}
      preview={{ description: t('discovery.stories', { name: cluster.name }), cluster: cluster.slug }}
    >
      <p class="meta">
        <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('coop.stories.intro')}</p>
      {stories.length === 0 && <p>{t('coop.stories.none')}</p>}
      {stories.map((s) => (
        <section aria-labelledby={`story-${s.id}`}>
          <h2 id={`story-${s.id}`}>{s.challenge.title}</h2>
          <p class="meta">
            {s.clinic_organization ?? t('coop.no_organization')} · {s.solver_organization ?? t('coop.no_organization')}
            {' · '}
            {t(`coop.status.${s.status}`)} · {tr.date(s.started_at, 'long')}
          </p>
          <p>{s.solution.title}</p>
          <MilestoneCards tr={tr} milestones={s.milestones} />
          <p>
            <a href={`/cooperations/${s.id}`}>{t('coop.stories.open', { challenge: s.challenge.title })}</a>
          </p>
        </section>
      ))}
    </Layout>
  );
}
