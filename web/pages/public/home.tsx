import type { ChallengeTeaser } from '../../../worker/domain/challenges/teasers';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

interface HomeProps {
  page: PageContext;
  clusters: Cluster[];
  openChallenges: ChallengeTeaser[];
}

export function HomePage({ page, clusters, openChallenges }: HomeProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('home.title')} preview={{ description: t('discovery.home') }}>
      <section class="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.title')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <ol class="steps">
          <li>{t('home.how.post')}</li>
          <li>{t('home.how.solve')}</li>
          <li>{t('home.how.decide')}</li>
        </ol>
      </section>

      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('home.open.title')}</h2>
        {openChallenges.length === 0 ? (
          <p>{t('home.open.empty')}</p>
        ) : (
          <ul class="cards">
            {openChallenges.map((challenge) => (
              <li class="card">
                <h3 lang={challenge.language}>
                  <a href={`/challenges/${challenge.id}`}>{challenge.title}</a>
                </h3>
                <p lang={challenge.language}>{challenge.summary}</p>
                <p class="meta">
                  {challenge.cluster_name} · {t('home.open.deadline', { date: tr.date(challenge.deadline) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="clusters-title">
        <h2 id="clusters-title">{t('home.clusters.title')}</h2>
        <ul class="cards">
          {clusters.map((cluster) => (
            <li class="card">
              <h3>
                <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a>
              </h3>
              <p>{cluster.region}</p>
              <p class="meta">{tr.plural('home.clusters.challenges', cluster.challenge_count)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
