import type { CallRecord } from '../../../worker/domain/calls/read';
import type { ChallengeSummary } from '../../../worker/domain/challenges/challenge.view';
import { ChallengeCards } from '../../components/challenge-cards';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import { CallBenefits, CallRules } from './call-parts';

/** A call for challenges: what it is about, who runs it, its timeline, rules, benefits and challenges. */
export function CallPage({
  page,
  call,
  challenges,
}: {
  page: PageContext;
  call: CallRecord;
  challenges: ChallengeSummary[];
}) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={call.title}>
      <p class="meta">
        <a href="/calls">{t('calls.title')}</a>
      </p>
      <h1 lang={call.language}>{call.title}</h1>
      <p class="meta">
        <span class={`badge badge-call-${call.status}`}>{t(`calls.status.${call.status}`)}</span> · {t('calls.run_by')}{' '}
        {call.clusters.map((cluster, i) => (
          <>
            {i > 0 && ', '}
            <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a>
          </>
        ))}
      </p>
      {call.status === 'changes_requested' && call.moderator_note && <p class="notice">{call.moderator_note}</p>}
      <p class="prose" lang={call.language}>
        {call.description}
      </p>

      <h2>{t('calls.timeline')}</h2>
      <dl class="facts">
        <dt>{t('calls.opens')}</dt>
        <dd>
          <time datetime={call.opens_at}>{tr.date(call.opens_at, 'long')}</time>
        </dd>
        <dt>{t('calls.closes')}</dt>
        <dd>
          <time datetime={call.closes_at}>{tr.date(call.closes_at, 'long')}</time>
        </dd>
        {call.published_at && (
          <>
            <dt>{t('calls.published')}</dt>
            <dd>
              <time datetime={call.published_at}>{tr.date(call.published_at, 'long')}</time>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/v1/calls/${call.id}/calendar.ics`}>{t('calls.calendar')}</a> ·{' '}
        <a href={`/api/v1/calls/${call.id}/challenges.atom`}>{t('calls.feed')}</a>
      </p>

      <h2>{t('calls.rules')}</h2>
      <CallRules tr={tr} rules={call.rules} />

      <h2>{t('calls.benefits')}</h2>
      <CallBenefits tr={tr} benefits={call.benefits} />

      <section aria-labelledby="call-challenges">
        <h2 id="call-challenges">{t('calls.challenges')}</h2>
        {challenges.length === 0 ? (
          <p>{t('calls.no_challenges')}</p>
        ) : (
          <ChallengeCards tr={tr} challenges={challenges} />
        )}
        {challenges.length > 0 && (
          <p>
            <a href={`/challenges?call=${call.id}`}>{t('cluster.all')}</a>
          </p>
        )}
      </section>
    </Layout>
  );
}
