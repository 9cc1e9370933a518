import type { OutboxRow } from '../../../worker/domain/email/outbox';
import { Layout } from '../../components/layout';
import { NextPage } from '../../components/next-page';
import { ScrollTable } from '../../components/scroll-table';
import type { RenderedEmail } from '../../email/render';
import type { PageContext } from '../../page';

/** Every email the local Worker wrote, newest first (development only). */
export function MailboxPage({
  page,
  messages,
  nextHref,
}: {
  page: PageContext;
  messages: (OutboxRow & { subject: string })[];
  nextHref: string | null;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('mailbox.title')}>
      <h1>{t('mailbox.title')}</h1>
      <p class="lead">{t('mailbox.intro')}</p>
      {messages.length === 0 ? (
        <p>{t('mailbox.empty')}</p>
      ) : (
        <ScrollTable label={t('mailbox.title')}>
          <table>
            <caption>{t('mailbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mailbox.when')}</th>
                <th scope="col">{t('mailbox.to')}</th>
                <th scope="col">{t('mailbox.subject')}</th>
                <th scope="col">{t('mailbox.status')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td>{tr.dateTime(m.created_at)}</td>
                  <td>{m.to_email}</td>
                  <td>
                    <a href={`/dev/mailbox/${m.id}`}>{m.subject}</a>
                  </td>
                  <td>{m.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <NextPage tr={tr} href={nextHref} />
    </Layout>
  );
}

const LINK = /https?:\/\/[^\s<>"]+/g;

/** The text part with every address made a link, so a newcomer can click through a flow. */
function Linked({ text }: { text: string }) {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    parts.push(text.slice(last, match.index), { href: match[0] });
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts.map((part) => (typeof part === 'string' ? part : <a href={part.href}>{part.href}</a>))}</>;
}

/** One email as it was sent: recipient, subject, headers, both parts, and its links. */
export function MailboxMessagePage({
  page,
  message,
  email,
}: {
  page: PageContext;
  message: OutboxRow;
  email: RenderedEmail;
}) {
  const { tr } = page;
  const { t } = tr;
  const links = [...new Set(email.text.match(LINK) ?? [])];
  return (
    <Layout page={page} title={email.subject}>
      <p>
        <a href="/dev/mailbox">{t('mailbox.back')}</a>
      </p>
      <h1>{email.subject}</h1>
      <dl class="mail-meta facts">
        <dt>{t('mailbox.to')}</dt>
        <dd>{message.to_email}</dd>
        <dt>{t('mailbox.status')}</dt>
        <dd>
          {message.status} ({t('mailbox.attempts', { count: message.attempts })})
          {message.last_error && ` — ${message.last_error}`}
        </dd>
        <dt>{t('mailbox.when')}</dt>
        <dd>{tr.dateTime(message.created_at)}</dd>
        {Object.entries(email.headers).map(([name, value]) => (
          <>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t('mailbox.links')}</h2>
        <ul class="rows mail-links">
          {links.map((href) => (
            <li>
              <a href={href}>{href}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="text-title">
        <h2 id="text-title">{t('mailbox.text_part')}</h2>
        <pre class="mail">
          <Linked text={email.text} />
        </pre>
      </section>
      <section aria-labelledby="html-title">
        <h2 id="html-title">{t('mailbox.html_part')}</h2>
        <p>
          <a href={`/dev/mailbox/${message.id}/html`}>{t('mailbox.open_html')}</a>
        </p>
        <details>
          <summary>{t('mailbox.html_source')}</summary>
          <pre class="mail">{email.html}</pre>
        </details>
      </section>
    </Layout>
  );
}
