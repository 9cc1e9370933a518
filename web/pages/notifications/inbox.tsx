import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import type { NotificationLine } from '../../notifications/describe';
import type { PageContext } from '../../page';
import { NotificationNav } from './nav';

/** One line of the inbox, as the route described it in the page's language. */
export interface InboxLine extends NotificationLine {
  id: string;
  unread: boolean;
  created_at: string;
}

interface InboxPageProps {
  page: PageContext;
  lines: InboxLine[];
  unread: number;
  /** Where "Mark as read" comes back to: this page of the inbox. */
  here: string;
  nextHref: string | null;
  notice?: string;
}

/** The inbox: newest first, unread lines marked in words and weight (not colour alone), each with its own "Mark as read". */
export function InboxPage({ page, lines, unread, here, nextHref, notice }: InboxPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('notifications.inbox.title')}>
      <h1 class="notifications-title">{t('notifications.inbox.title')}</h1>
      <NotificationNav page={page} current="inbox" />
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('notifications.inbox.intro')}</p>
      {lines.length === 0 ? (
        <p>{t('notifications.inbox.empty')}</p>
      ) : (
        <>
          <div class="inbox-summary">
            <p>
              {unread > 0 ? tr.plural('notifications.inbox.unread_summary', unread) : t('notifications.inbox.all_read')}
            </p>
            {unread > 0 && (
              <form method="post" action="/me/notifications/read" class="inline">
                <input type="hidden" name="all" value="true" />
                <input type="hidden" name="back" value={here} />
                <button type="submit" class="secondary">
                  {t('notifications.inbox.mark_all_read')}
                </button>
              </form>
            )}
          </div>
          <ol class="inbox" aria-label={t('notifications.inbox.list')}>
            {lines.map((line) => (
              <li id={`n-${line.id}`} class={line.unread ? 'unread' : undefined}>
                <p class="inbox-text">
                  {line.unread && (
                    <>
                      <span class="badge badge-unread">{t('notifications.inbox.unread')}</span>{' '}
                    </>
                  )}
                  <a href={line.href} id={`n-${line.id}-text`}>
                    {line.text}
                  </a>
                </p>
                <div class="meta inbox-meta">
                  <time datetime={line.created_at}>{tr.dateTime(line.created_at)}</time>
                  {line.unread && (
                    <form method="post" action="/me/notifications/read" class="inline">
                      <input type="hidden" name="id" value={line.id} />
                      <input type="hidden" name="back" value={here} />
                      <button type="submit" class="link" aria-describedby={`n-${line.id}-text`}>
                        {t('notifications.inbox.mark_read')}
                      </button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {nextHref && (
            <p>
              <a href={nextHref} rel="next">
                {t('notifications.inbox.older')}
              </a>
            </p>
          )}
        </>
      )}
    </Layout>
  );
}
