import type { Dashboard } from '../../../worker/domain/accounts/dashboard';
import { PUBLISHED } from '../../../worker/domain/challenges/lifecycle';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { StatusBadge } from '../../components/status';
import type { PageContext } from '../../page';

export function MePage({ page, data, welcome }: { page: PageContext; data: Dashboard; welcome: boolean }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('me.title')}>
      <h1>{t('me.title')}</h1>
      {welcome && <Notice>{t('me.welcome')}</Notice>}

      <section aria-labelledby="my-challenges">
        <h2 id="my-challenges">{t('me.challenges')}</h2>
        {data.challenges.length === 0 ? (
          <p>{t('me.none')}</p>
        ) : (
          <ul class="rows">
            {data.challenges.map((c) => (
              <li>
                <a href={`/challenges/${c.id}`}>{c.title}</a> <StatusBadge tr={tr} status={c.status} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-solutions">
        <h2 id="my-solutions">{t('me.solutions')}</h2>
        {data.solutions.length === 0 ? (
          <p>{t('me.none')}</p>
        ) : (
          <ul class="rows">
            {data.solutions.map((s) => (
              <li>
                <a href={`/solutions/${s.id}`}>{s.title}</a> <StatusBadge tr={tr} status={s.status} />
                <span class="meta"> — {s.challenge_title}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-jury">
        <h2 id="my-jury">{t('me.jury')}</h2>
        {data.jury.length === 0 ? (
          <p>{t('me.none')}</p>
        ) : (
          <ul class="rows">
            {data.jury.map((j) => (
              <li>
                {/* Before approval the challenge is not readable by its jury yet. */}
                {PUBLISHED.includes(j.status) ? <a href={`/challenges/${j.id}/solutions`}>{j.title}</a> : j.title}{' '}
                <StatusBadge tr={tr} status={j.status} />
                <span class="meta"> — {t('me.jury_progress', { scored: j.scored, total: j.to_score })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
