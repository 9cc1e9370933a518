import type { ChallengePages } from '../../../worker/access/challenges';
import type { readAuditTrail } from '../../../worker/domain/moderation/audit-log';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import type { PageContext } from '../../page';
import { type ChallengeHeading, ChallengeNav } from '../challenges/nav';
import { actionTitle, describeChanges } from './audit-changes';

/** An entry of the trail, with where an admin removes text from it (null: nothing to offer). */
type Entry = Awaited<ReturnType<typeof readAuditTrail>>[number] & { purge_href: string | null };

/** The entry as it was recorded (event code, before and after), for those who need the exact data. */
function Recorded({ page, entry }: { page: PageContext; entry: Entry }) {
  const { t } = page.tr;
  const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 1));
  return (
    <details class="audit-raw">
      <summary>{t('moderation.audit.raw')}</summary>
      <dl>
        <dt>{t('moderation.audit.event')}</dt>
        <dd>
          <code>{entry.action}</code>
        </dd>
        <dt>{t('audit.before')}</dt>
        <dd>
          <pre>{json(entry.before)}</pre>
        </dd>
        <dt>{t('audit.after')}</dt>
        <dd>
          <pre>{json(entry.after)}</pre>
        </dd>
      </dl>
    </details>
  );
}

/**
 * Who did what to a challenge and when, newest first, read as what changed ("Status: In review →
 * Open"): what moderators need to answer "why is it like this?". The recorded data stays one
 * click away.
 */
export function AuditPage({
  page,
  challenge,
  links,
  entries,
  criteria,
  olderHref,
  notice,
}: {
  page: PageContext;
  challenge: ChallengeHeading;
  links: ChallengePages;
  entries: Entry[];
  /** The challenge's criteria by key: scores read by the names the owner gave them. */
  criteria: Record<string, string>;
  olderHref: string | null;
  /** What just happened (a purge), said once above the trail. */
  notice?: string;
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('audit.title')}>
      <ChallengeNav page={page} challenge={challenge} links={links} current="audit" />
      <h1>{t('audit.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      {entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <ScrollTable label={t('audit.caption')}>
          <table class="audit-trail">
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('moderation.audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const title = actionTitle(tr, e.action);
                const changes = describeChanges(tr, e, criteria);
                return (
                  <tr>
                    <td>
                      <time datetime={e.created_at}>{tr.dateTime(e.created_at)}</time>
                    </td>
                    <td>{e.actor_id ? personName(tr, e.actor_name ?? '—') : t('moderation.audit.system')}</td>
                    <td>
                      <p class="audit-title">{title ?? <code>{e.action}</code>}</p>
                      {e.solution_title && (
                        <p class="meta">
                          {t('moderation.audit.about_solution')}{' '}
                          <a href={`/solutions/${e.entity_id}`}>{e.solution_title}</a>
                        </p>
                      )}
                      {changes.length > 0 && (
                        <ul class="audit-changes">
                          {changes.map((change) => (
                            <li>
                              <span class="audit-field">{change.label}:</span> {change.text}
                            </li>
                          ))}
                        </ul>
                      )}
                      {e.purged_at && (
                        <p class="meta audit-purged">{t('moderation.audit.purged', { date: tr.date(e.purged_at) })}</p>
                      )}
                      <Recorded page={page} entry={e} />
                      {e.purge_href && (
                        <p>
                          <a href={e.purge_href}>
                            {t('moderation.purge.link')}
                            <span class="visually-hidden">
                              {' '}
                              {t('moderation.purge.link_context', {
                                title: title ?? e.action,
                                when: tr.dateTime(e.created_at),
                              })}
                            </span>
                          </a>
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
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
