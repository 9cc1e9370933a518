import type { CooperationListItem } from '../../../worker/domain/cooperations/cooperation.schema';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/** The cooperations a person takes part in or moderates, as cards. */
export function CooperationListPage({
  page,
  cooperations,
  next,
}: {
  page: PageContext;
  cooperations: CooperationListItem[];
  next: string | null;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('coop.list.title')}>
      <h1>{t('coop.list.title')}</h1>
      <p>{t('coop.list.intro')}</p>
      {cooperations.length === 0 ? (
        <p>{t('coop.list.none')}</p>
      ) : (
        <ul class="cards">
          {cooperations.map((c) => (
            <li class="card">
              <h2>
                <a href={`/cooperations/${c.id}`}>{t('coop.title', { challenge: c.challenge.title })}</a>
              </h2>
              <p class="meta">
                {c.cluster.name} · {t(`coop.status.${c.status}`)} · {tr.date(c.started_at, 'long')}
              </p>
              <p>
                {c.clinic_organization ?? t('coop.no_organization')} ·{' '}
                {c.solver_organization ?? t('coop.no_organization')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p>
          <a href={`/cooperations?cursor=${encodeURIComponent(next)}`} rel="next">
            {t('coop.list.more')}
          </a>
        </p>
      )}
    </Layout>
  );
}
