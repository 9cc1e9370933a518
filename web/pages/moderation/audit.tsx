import type { ChallengePages } from '../../../worker/access/challenges';
import type { readAuditLog } from '../../../worker/domain/moderation/audit-log';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/scroll-table';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';

type Entry = Awaited<ReturnType<typeof readAuditLog>>[number];

/** Compact "key: value" lines of an audit entry's before or after state. */
function State({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value !== 'object') return <code>{String(value)}</code>;
  return (
    <ul class="audit-state">
      {Object.entries(value as Record<string, unknown>).map(([key, v]) => (
        <li>
          <code>{key}</code>: <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
        </li>
      ))}
    </ul>
  );
}

/** Who did what to a challenge and when, newest first: what moderators need to answer "why is it like this?". */
export function AuditPage({
  page,
  challenge,
  links,
  entries,
  olderHref,
}: {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  entries: Entry[];
  olderHref: string | null;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('audit.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="audit" />
      <h1>{t('audit.title')}</h1>
      {entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <ScrollTable label={t('audit.caption')}>
          <table>
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.created_at}>{tr.dateTime(e.created_at)}</time>
                  </td>
                  <td>{e.actor_name ?? '—'}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <State value={e.before} />
                  </td>
                  <td>
                    <State value={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {olderHref && (
        <p>
          <a href={olderHref}>{t('audit.older')}</a>
        </p>
      )}
    </Layout>
  );
}
