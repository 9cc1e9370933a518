import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import { NotificationNav } from './nav';

/** One saved search as the list shows it. */
export interface SavedSearchLine {
  id: string;
  name: string;
  /** The catalogue address with its filters. */
  href: string;
  /** Each filter as "label: value", in the page's language. */
  filters: string[];
  feedUrl: string;
  created_at: string;
}

interface SavedSearchesPageProps {
  page: PageContext;
  searches: SavedSearchLine[];
  notice?: string;
}

/** A person's saved searches: what each looks for, its feed to copy, and Delete. */
export function SavedSearchesPage({ page, searches, notice }: SavedSearchesPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('notifications.saved.title')} scripts={searches.length ? ['/enhance.js'] : []}>
      <h1 class="notifications-title">{t('notifications.saved.title')}</h1>
      <NotificationNav page={page} current="saved" />
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('notifications.saved.intro')}</p>
      {searches.length === 0 ? (
        <p>
          {t('notifications.saved.empty')} <a href="/challenges">{t('notifications.saved.start')}</a>
        </p>
      ) : (
        <ul class="saved-searches" aria-label={t('notifications.saved.list')}>
          {searches.map((s) => (
            <li class="card" id={`s-${s.id}`}>
              <h2>
                <a href={s.href}>{s.name}</a>
              </h2>
              <p class="meta">
                {t('notifications.saved.filters')}:{' '}
                {s.filters.length ? s.filters.join(' · ') : t('notifications.saved.no_filters')}
                <br />
                {t('notifications.saved.created', { date: tr.date(s.created_at) })}
              </p>
              <div class="field feed-field">
                <label for={`feed-${s.id}`}>{t('notifications.saved.feed')}</label>
                <p class="hint" id={`feed-${s.id}-hint`}>
                  {t('notifications.saved.feed_hint')}
                </p>
                {/* A read-only text area, so the whole address shows (and wraps) on a phone. */}
                <textarea
                  id={`feed-${s.id}`}
                  rows={3}
                  readonly
                  spellcheck={false}
                  aria-describedby={`feed-${s.id}-hint`}
                  class="feed-address"
                >
                  {s.feedUrl}
                </textarea>
              </div>
              <form
                method="post"
                action={`/me/saved-searches/${s.id}/delete`}
                data-confirm={t('notifications.saved.delete_confirm', { name: s.name })}
              >
                <button
                  type="submit"
                  class="secondary"
                  aria-label={t('notifications.saved.delete_named', { name: s.name })}
                >
                  {t('notifications.saved.delete')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
