import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import { ChallengeCards } from '../../components/challenge-cards';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/** A cluster: who they are, and their newest published challenges. */
export function ClusterPage({
  page,
  cluster,
  challenges,
}: {
  page: PageContext;
  cluster: Cluster;
  challenges: ChallengeSummary[];
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={cluster.name}>
      <h1>{cluster.name}</h1>
      <p class="meta">
        {cluster.region} · {cluster.country}
        {cluster.website && (
          <>
            {' · '}
            <a href={cluster.website} rel="noopener noreferrer">
              {t('cluster.website')}
            </a>
          </>
        )}
      </p>
      {cluster.description && <p class="lead">{cluster.description}</p>}
      <p>
        {tr.plural('home.clusters.challenges', cluster.challenge_count)} ·{' '}
        {tr.plural('cluster.open', cluster.open_challenge_count)}
      </p>
      <section aria-labelledby="cluster-challenges">
        <h2 id="cluster-challenges">{t('cluster.challenges')}</h2>
        {challenges.length === 0 ? <p>{t('browse.none')}</p> : <ChallengeCards tr={tr} challenges={challenges} />}
        <p>
          <a href={`/challenges?cluster=${encodeURIComponent(cluster.slug)}`}>{t('cluster.all')}</a>
        </p>
      </section>
    </Layout>
  );
}
