import type { moderationQueue } from '../../../worker/domain/moderation/queue';
import { Notice, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

type Queue = Awaited<ReturnType<typeof moderationQueue>>;
type Report = Queue['open_reports'][number];

const HOUR = 3_600_000;

/** How long something has waited since `since`, in the page's language: "waiting 3 days". */
export function waited(tr: Translator, since: string, now: Date): string {
  const hours = Math.floor((now.getTime() - new Date(since).getTime()) / HOUR);
  if (hours < 1) return tr.t('moderation.waiting.fresh');
  if (hours < 24) return tr.plural('moderation.waiting.hours', hours);
  return tr.plural('moderation.waiting.days', Math.floor(hours / 24));
}

/** Where the reported thing is seen in context: the challenge, the question on its page, the solution. */
function reportedHref(r: Report): string | null {
  switch (r.entity_type) {
    case 'challenge':
      return `/challenges/${r.entity_id}`;
    case 'question':
      return r.challenge_id ? `/challenges/${r.challenge_id}#q-${r.entity_id}` : null;
    case 'solution':
      return `/solutions/${r.entity_id}`;
  }
}

/** One open report: what was reported (a link to it in context), where, since when, why, and the two ways out. */
function ReportItem({ tr, report: r, now, cluster }: { tr: Translator; report: Report; now: Date; cluster: string }) {
  const { t } = tr;
  const href = reportedHref(r);
  const heading = `report-${r.id}`;
  return (
    <li class="report">
      <h3 id={heading}>
        {t(`moderation.entity.${r.entity_type}`)}:{' '}
        {href && r.subject ? (
          <a href={href} class="report-subject">
            {r.subject}
          </a>
        ) : (
          t('moderation.report.gone')
        )}
      </h3>
      <p class="meta">
        {r.entity_type !== 'challenge' && r.challenge_title && (
          <>{t('moderation.report.on', { title: r.challenge_title })} · </>
        )}
        {r.cluster_name} · <time datetime={r.created_at}>{waited(tr, r.created_at, now)}</time>
      </p>
      <p class="report-by">{t('moderation.report.reason', { reporter: personName(tr, r.reporter) })}</p>
      <blockquote class="report-reason prose">{r.reason}</blockquote>
      <form method="post" action={`/moderation/reports/${r.id}`} class="buttons">
        {cluster && <input type="hidden" name="cluster" value={cluster} />}
        <button type="submit" name="action" value="dismiss" class="secondary" aria-describedby={heading}>
          {t('moderation.dismiss')}
        </button>
        <button type="submit" name="action" value="hide" class="danger" aria-describedby={heading}>
          {t('moderation.hide')}
        </button>
      </form>
    </li>
  );
}

/**
 * The moderator's desk: challenges to review (act on their page) and reports to resolve here,
 * oldest first, each saying how long it has waited; a GET form narrows both to one cluster.
 */
export function ModerationPage({
  page,
  queue,
  filter,
  now,
  notice,
}: {
  page: PageContext;
  queue: Queue;
  /** The cluster filter as entered, with a message when it names no cluster of this moderator. */
  filter: FormState;
  now: Date;
  notice?: string;
}) {
  const { tr } = page;
  const { t } = tr;
  const cluster = filter.values.cluster ?? '';
  const invalid = Boolean(filter.errors.cluster);
  return (
    <Layout page={page} title={t('moderation.title')}>
      <h1>{t('moderation.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      {(queue.clusters.length > 1 || invalid) && (
        <search aria-label={t('moderation.filter.region')}>
          <form method="get" action="/moderation" class="filters queue-filter">
            <Select
              form={filter}
              name="cluster"
              label={t('moderation.filter.cluster')}
              options={[
                { value: '', label: t('moderation.filter.all') },
                ...queue.clusters.map((c) => ({ value: c.slug, label: c.name })),
              ]}
            />
            <button type="submit">{t('moderation.filter.apply')}</button>
          </form>
        </search>
      )}
      {!invalid && (
        <>
          <section aria-labelledby="in-review">
            <h2 id="in-review">{t('moderation.in_review')}</h2>
            {queue.challenges_in_review.length === 0 ? (
              <p>{t('moderation.empty')}</p>
            ) : (
              <ul class="rows queue">
                {queue.challenges_in_review.map((c) => (
                  <li>
                    <a href={`/challenges/${c.id}#actions`}>{c.title}</a>
                    <p class="meta">
                      {personName(tr, c.owner)} · {c.cluster_name}
                      {c.submitted_at && (
                        <>
                          {' '}
                          · <time datetime={c.submitted_at}>{waited(tr, c.submitted_at, now)}</time>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="reports">
            <h2 id="reports">{t('moderation.reports')}</h2>
            {queue.open_reports.length === 0 ? (
              <p>{t('moderation.empty')}</p>
            ) : (
              <ul class="reports">
                {queue.open_reports.map((r) => (
                  <ReportItem tr={tr} report={r} now={now} cluster={cluster} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Layout>
  );
}
