import type { outboxByStatus } from '../../../worker/domain/email/outbox';
import { Select } from '../../components/form';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/scroll-table';
import type { EmailState } from '../../forms/dashboard';
import { EMAIL_STATES } from '../../forms/dashboard';
import type { PageContext } from '../../page';

type Message = Awaited<ReturnType<typeof outboxByStatus>>[number];

interface EmailsPageProps {
  page: PageContext;
  status: EmailState;
  messages: Message[];
  nextHref: string | null;
}

/** For admins: messages by delivery state, failed ones first, with why they failed. */
export function EmailsPage({ page, status, messages, nextHref }: EmailsPageProps) {
  const { tr } = page;
  const { t } = tr;
  const state = t(`dashboard.emails.state.${status}`);
  return (
    <Layout page={page} title={t('dashboard.emails.title')}>
      <h1>{t('dashboard.emails.title')}</h1>
      <p class="lead">{t('dashboard.emails.intro')}</p>
      <search aria-label={t('dashboard.emails.filter')}>
        <form method="get" action="/admin/emails" class="filters">
          <Select
            form={{ values: { status }, errors: {} }}
            name="status"
            label={t('dashboard.emails.state')}
            options={EMAIL_STATES.map((s) => ({ value: s, label: t(`dashboard.emails.state.${s}`) }))}
          />
          <button type="submit">{t('dashboard.emails.show')}</button>
        </form>
      </search>
      {messages.length === 0 ? (
        <p>{t(status === 'failed' ? 'dashboard.emails.empty_failed' : 'dashboard.emails.empty')}</p>
      ) : (
        <ScrollTable label={t('dashboard.emails.caption', { state })}>
          <table>
            <caption>{t('dashboard.emails.caption', { state })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.emails.to')}</th>
                <th scope="col">{t('dashboard.emails.kind')}</th>
                <th scope="col">{t('dashboard.emails.tries')}</th>
                <th scope="col">{t('dashboard.emails.error')}</th>
                <th scope="col">{t('dashboard.emails.date')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td>{m.to_email}</td>
                  <td>{t(`dashboard.email_kind.${m.kind}`)}</td>
                  <td>{tr.number(m.attempts)}</td>
                  <td>{m.last_error ? <code>{m.last_error}</code> : t('dashboard.emails.no_error')}</td>
                  <td>
                    <time datetime={m.created_at}>{tr.dateTime(m.created_at)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {nextHref && (
        <p>
          <a href={nextHref} rel="next">
            {t('dashboard.emails.next')}
          </a>
        </p>
      )}
    </Layout>
  );
}
