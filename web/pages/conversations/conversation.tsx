import type { ConversationView } from '../../../worker/domain/conversations/conversation.schema';
import { ErrorSummary, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface ConversationPageProps {
  page: PageContext;
  conversation: ConversationView;
  form: FormState;
  /** A confirmed address: reply and share one's address (blocking is open to everyone taking part). */
  mayWrite: boolean;
  /** Taking part: block and report (a moderator reading a reported conversation only reads). */
  mayBlock: boolean;
  notice?: string;
}

/** A conversation: who is in it (addresses only where shared), the messages, a reply, one's address, block. */
export function ConversationPage({ page, conversation: c, form, mayWrite, mayBlock, notice }: ConversationPageProps) {
  const { tr } = page;
  const { t } = tr;
  const base = `/conversations/${c.id}`;
  return (
    <Layout page={page} title={c.subject}>
      <p>
        <a href="/conversations">{t('conversation.inbox.back')}</a>
      </p>
      <h1>{c.subject}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="meta">{t(`conversation.about.${c.about.kind}`, { title: c.about.title })}</p>
      <h2>{t('conversation.people')}</h2>
      <ul>
        {c.participants.map((p) => (
          <li>
            {personName(tr, p.name)}
            {p.email && (
              <>
                {' · '}
                <a href={`mailto:${p.email}`}>{p.email}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <h2>{t('conversation.messages')}</h2>
      {c.next_cursor && (
        <p>
          <a href={`${base}?cursor=${encodeURIComponent(c.next_cursor)}`} rel="next">
            {t('conversation.earlier')}
          </a>
        </p>
      )}
      <ol class="stack">
        {c.messages.map((m) => (
          <li class="card">
            <p class="meta">
              {m.mine ? t('conversation.you') : personName(tr, m.sender.name)} · {tr.dateTime(m.created_at)}
            </p>
            <p class="message-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {c.closed ? (
        <p class="note">{c.blocked_by_me ? t('conversation.blocked_by_you') : t('conversation.closed')}</p>
      ) : !c.taking_part ? null : mayWrite ? (
        <>
          <h2>{t('conversation.reply')}</h2>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={`${base}/messages`} class="stack wide" novalidate>
            <TextArea form={form} name="body" label={t('conversation.field.reply')} required />
            <button type="submit">{t('conversation.send')}</button>
          </form>
          <h2>{t('conversation.address')}</h2>
          <p>{c.share_email ? t('conversation.address.shared') : t('conversation.address.private')}</p>
          <form method="post" action={`${base}/share-email`}>
            <input type="hidden" name="share_email" value={c.share_email ? 'no' : 'yes'} />
            <button type="submit" class="secondary">
              {c.share_email ? t('conversation.address.hide') : t('conversation.address.share')}
            </button>
          </form>
        </>
      ) : (
        <p class="note">{t('conversation.confirm_first')}</p>
      )}
      {!c.taking_part && <p class="note">{t('conversation.moderator_reading')}</p>}
      {mayBlock && !c.closed && (
        <>
          <h2>{t('conversation.block')}</h2>
          <p>{t('conversation.block.hint')}</p>
          <form method="post" action={`${base}/block`}>
            <button type="submit" class="danger">
              {t('conversation.block.button')}
            </button>
          </form>
        </>
      )}
      {mayBlock &&
        (c.reported_by_me ? (
          <p class="note">{t('conversation.reported_by_you')}</p>
        ) : (
          <>
            <h2>{t('conversation.report')}</h2>
            <form method="post" action={`${base}/report`} class="stack wide" novalidate>
              <TextArea
                form={form}
                name="reason"
                label={t('conversation.field.reason')}
                hint={t('conversation.report.hint')}
                required
              />
              <button type="submit" class="secondary">
                {t('conversation.report.button')}
              </button>
            </form>
          </>
        ))}
    </Layout>
  );
}
