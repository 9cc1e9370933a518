import type { ConversationItem } from '../../../worker/domain/conversations/conversation.schema';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/** One's conversations, latest first, the unread ones marked in words (not by colour alone). */
export function InboxPage({
  page,
  items,
  next,
}: {
  page: PageContext;
  items: ConversationItem[];
  next: string | null;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('conversation.inbox.title')}>
      <h1>{t('conversation.inbox.title')}</h1>
      <p>{t('conversation.inbox.intro')}</p>
      {items.length === 0 ? (
        <p>{t('conversation.inbox.none')}</p>
      ) : (
        <ul class="cards">
          {items.map((c) => (
            <li class="card">
              <h2>
                <a href={`/conversations/${c.id}`}>{c.subject}</a>
                {c.unread && (
                  <>
                    {' '}
                    <span class="badge badge-unread">{t('conversation.inbox.unread')}</span>
                  </>
                )}
              </h2>
              <p class="meta">
                {t(`conversation.about.${c.about.kind}`, { title: c.about.title })} ·{' '}
                {t('conversation.inbox.last', { when: tr.dateTime(c.last_message_at) })}
                {c.closed && ` · ${t('conversation.closed_short')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p>
          <a href={`/conversations?cursor=${encodeURIComponent(next)}`} rel="next">
            {t('conversation.inbox.more')}
          </a>
        </p>
      )}
    </Layout>
  );
}
