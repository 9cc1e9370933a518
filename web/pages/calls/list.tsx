import type { listCalls } from '../../../worker/domain/calls/read';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

type CallItem = Awaited<ReturnType<typeof listCalls>>[number];

/** The calls for challenges the viewer may see, newest opening first. */
export function CallListPage({ page, calls }: { page: PageContext; calls: CallItem[] }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('calls.title')} preview={{ description: t('discovery.calls') }}>
      <h1>{t('calls.title')}</h1>
      <p class="lead">{t('calls.intro')}</p>
      {page.viewer?.moderator && (
        <p>
          <a href="/calls/new">{t('calls.form.new_title')}</a>
        </p>
      )}
      {calls.length === 0 ? (
        <p>{t('calls.none')}</p>
      ) : (
        <ul class="cards">
          {calls.map((call) => (
            <li class="card">
              <h2 lang={call.language}>
                <a href={`/calls/${call.id}`}>{call.title}</a>
              </h2>
              <p class="meta">
                <span class={`badge badge-call-${call.status}`}>{t(`calls.status.${call.status}`)}</span> ·{' '}
                {t('calls.dates', {
                  from: tr.date(call.opens_at),
                  to: tr.date(call.closes_at),
                })}{' '}
                · {tr.list(call.clusters.map((c) => c.name))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
