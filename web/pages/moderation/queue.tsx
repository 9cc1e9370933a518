import type { moderationQueue } from '../../../worker/domain/moderation/queue';
import { Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

type Queue = Awaited<ReturnType<typeof moderationQueue>>;

/** The moderator's desk: challenges to review (act on their page) and reports to resolve here. */
export function ModerationPage({ page, queue, notice }: { page: PageContext; queue: Queue; notice?: string }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('moderation.title')}>
      <h1>{t('moderation.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="in-review">
        <h2 id="in-review">{t('moderation.in_review')}</h2>
        {queue.challenges_in_review.length === 0 ? (
          <p>{t('moderation.empty')}</p>
        ) : (
          <ul class="rows">
            {queue.challenges_in_review.map((c) => (
              <li>
                <a href={`/challenges/${c.id}#actions`}>{c.title}</a>
                <span class="meta">
                  {' '}
                  — {c.owner}, {c.cluster}
                  {c.submitted_at && `, ${tr.date(c.submitted_at)}`}
                </span>
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
          <ul class="rows">
            {queue.open_reports.map((r) => (
              <li>
                <p>
                  <strong>{t(`moderation.entity.${r.entity_type as 'challenge' | 'question' | 'solution'}`)}</strong>
                  {r.challenge_title && <> — {r.challenge_title}</>}{' '}
                  <span class="meta">
                    ({r.reporter}, {tr.date(r.created_at)})
                  </span>
                </p>
                <p class="prose">{r.reason}</p>
                <form method="post" action={`/moderation/reports/${r.id}`} class="inline-action">
                  <button type="submit" name="action" value="dismiss">
                    {t('moderation.dismiss')}
                  </button>{' '}
                  <button type="submit" name="action" value="hide">
                    {t('moderation.hide')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
