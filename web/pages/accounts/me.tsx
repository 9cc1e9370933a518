import { CHALLENGE_STATUSES } from '../../../worker/db/enums';
import type { Dashboard } from '../../../worker/domain/accounts/dashboard';
import { PUBLISHED } from '../../../worker/domain/challenges/lifecycle';
import type { MyMatches } from '../../../worker/domain/matches/match.view';
import { ConfirmNotice } from '../../components/confirm-notice';
import { ErrorSummary, Notice } from '../../components/form';
import { Layout } from '../../components/layout';
import { personName } from '../../components/person-name';
import { ScrollTable } from '../../components/scroll-table';
import { StatusBadge } from '../../components/status';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import { ManagedCalls } from '../calls/mine';
import { SuggestedChallenges } from '../matches/suggested';

/** Who is looking, as far as this page needs it. */
export interface MeAccount {
  email: string;
  emailConfirmed: boolean;
  unread: number;
}

interface MePageProps {
  page: PageContext;
  data: Dashboard;
  account: MeAccount;
  welcome: boolean;
  /** A clinician with no challenge yet: offer the first one now, or once the address is confirmed. */
  firstChallenge?: 'post' | 'after_confirming';
  /** What a form just did (a new link sent, a jury joined). */
  notice?: string;
  /** Why a form could not do it (too many links asked for). */
  error?: string;
  /** The open challenges and calls that fit them (issue 16). */
  matches?: MyMatches;
}

/** Each thing that needs this person, with a count and where to go; only those that apply. */
function NeedsYouNow({ tr, data, account }: { tr: Translator; data: Dashboard; account: MeAccount }) {
  const { t } = tr;
  const { questions, toScore, invitations, inReview, openReports } = data.needs;
  const waiting = questions.reduce((sum, q) => sum + q.waiting, 0);
  const left = toScore.reduce((sum, s) => sum + s.to_score - s.scored, 0);
  const [onlyQuestion] = questions.length === 1 ? questions : [];
  const [onlySeat] = toScore.length === 1 ? toScore : [];
  const claims = data.affiliation.administered.filter((o) => o.waiting > 0);
  const anything = waiting + left + invitations.length + inReview + openReports + account.unread + claims.length > 0;
  const seatDetail = (s: (typeof toScore)[number]) => (
    <>
      {t('dashboard.now.to_score_on', { title: s.title, scored: s.scored, total: s.to_score })}
      {s.evaluation_deadline && ` · ${t('dashboard.now.by', { date: tr.date(s.evaluation_deadline) })}`}
    </>
  );
  return (
    <section aria-labelledby="needs-title">
      <h2 id="needs-title">{t('dashboard.now.title')}</h2>
      {!account.emailConfirmed && <ConfirmNotice tr={tr} email={account.email} />}
      {data.affiliation.pending && (
        <p class="note">{t('affiliation.pending', { organization: data.affiliation.pending.name })}</p>
      )}
      {!anything && account.emailConfirmed && <p>{t('dashboard.now.nothing')}</p>}
      {anything && (
        <ul class="rows">
          {waiting > 0 && (
            <li>
              {onlyQuestion ? (
                <>
                  <a href={`/challenges/${onlyQuestion.id}#questions`}>
                    {tr.plural('dashboard.now.questions', waiting)}
                  </a>{' '}
                  <span class="meta">{t('dashboard.now.questions_on', { title: onlyQuestion.title })}</span>
                </>
              ) : (
                <>
                  {tr.plural('dashboard.now.questions', waiting)}
                  <ul>
                    {questions.map((q) => (
                      <li>
                        <a href={`/challenges/${q.id}#questions`}>{q.title}</a>{' '}
                        <span class="meta">— {tr.plural('dashboard.now.questions_each', q.waiting)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          )}
          {left > 0 && (
            <li>
              {onlySeat ? (
                <>
                  <a href={`/challenges/${onlySeat.id}/solutions`}>{tr.plural('dashboard.now.to_score', left)}</a>{' '}
                  <span class="meta">— {seatDetail(onlySeat)}</span>
                </>
              ) : (
                <>
                  {tr.plural('dashboard.now.to_score', left)}
                  <ul>
                    {toScore.map((s) => (
                      <li>
                        <a href={`/challenges/${s.id}/solutions`}>
                          {tr.plural('dashboard.now.to_score', s.to_score - s.scored)}
                        </a>{' '}
                        <span class="meta">— {seatDetail(s)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          )}
          {invitations.length > 0 && (
            <li>
              {tr.plural('dashboard.now.invitations', invitations.length)}
              <ul>
                {invitations.map((i) => (
                  <li>
                    {t(
                      i.seat === 'jury'
                        ? 'dashboard.now.invitation_jury'
                        : i.seat === 'team'
                          ? 'dashboard.now.invitation_team'
                          : 'dashboard.now.invitation_moderator',
                      { inviter: personName(tr, i.inviter), title: i.title },
                    )}{' '}
                    <span class="meta">{t('dashboard.now.invitation_until', { date: tr.date(i.expires_at) })}</span>{' '}
                    <form method="post" action={`/me/invitations/${i.id}/accept`} class="inline">
                      <button type="submit" aria-label={t('dashboard.now.accept_named', { title: i.title })}>
                        {t('dashboard.now.accept')}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </li>
          )}
          {claims.map((o) => (
            <li>
              <a href={`/organizations/${o.id}/members`}>
                {t('affiliation.claims_waiting', { organization: o.name, count: o.waiting })}
              </a>
            </li>
          ))}
          {inReview > 0 && (
            <li>
              <a href="/moderation#in-review">{tr.plural('dashboard.now.in_review', inReview)}</a>
            </li>
          )}
          {openReports > 0 && (
            <li>
              <a href="/moderation#reports">{tr.plural('dashboard.now.reports', openReports)}</a>
            </li>
          )}
          {account.unread > 0 && (
            <li>
              <a href="/me/notifications">{tr.plural('dashboard.now.unread', account.unread)}</a>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** For moderators: the challenges of their clusters by state, one row per cluster. */
function ClustersByState({ tr, clusters }: { tr: Translator; clusters: NonNullable<Dashboard['clusters']> }) {
  const { t } = tr;
  const states = CHALLENGE_STATUSES.filter((s) => clusters.some((c) => c.counts[s] !== undefined));
  return (
    <section aria-labelledby="clusters-title">
      <h2 id="clusters-title">{t('dashboard.clusters.title')}</h2>
      {clusters.length === 0 ? (
        <p>{t('dashboard.clusters.none')}</p>
      ) : (
        <>
          <p>{t('dashboard.clusters.intro')}</p>
          <ScrollTable label={t('dashboard.clusters.caption')}>
            <table>
              <caption>{t('dashboard.clusters.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.clusters.cluster')}</th>
                  {states.map((s) => (
                    <th scope="col">{t(`status.${s}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {clusters.map((c) => (
                  <tr>
                    <th scope="row">
                      <a href={`/clusters/${c.slug}`}>{c.name}</a>
                    </th>
                    {states.map((s) => (
                      <td>{c.counts[s] ? tr.number(c.counts[s]) : <span class="meta">0</span>}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}

/** Where a clinician starts: what a challenge is for them, and the way to post one. */
function FirstChallenge({ tr, offer }: { tr: Translator; offer: 'post' | 'after_confirming' }) {
  const { t } = tr;
  return (
    <div class="first-challenge">
      <p>{t('authoring.first.intro')}</p>
      {offer === 'post' ? (
        <p>
          <a class="button" href="/challenges/new">
            {t('authoring.first.post')}
          </a>
        </p>
      ) : (
        <p>{t('authoring.first.after_confirming')}</p>
      )}
    </div>
  );
}

export function MePage({ page, data, account, welcome, firstChallenge, notice, error, matches }: MePageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('me.title')}>
      <h1>{t('me.title')}</h1>
      {welcome && <Notice>{t('me.welcome')}</Notice>}
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorSummary tr={tr} form={{ values: {}, errors: {}, error }} />}

      <NeedsYouNow tr={tr} data={data} account={account} />

      {data.clusters && <ClustersByState tr={tr} clusters={data.clusters} />}
      {data.calls && <ManagedCalls tr={tr} calls={data.calls} />}

      <section aria-labelledby="my-challenges">
        <h2 id="my-challenges">{t('me.challenges')}</h2>
        {data.challenges.length === 0 ? (
          firstChallenge ? (
            <FirstChallenge tr={tr} offer={firstChallenge} />
          ) : (
            <p>{t('me.none')}</p>
          )
        ) : (
          <ul class="rows">
            {data.challenges.map((c) => (
              <li>
                <a href={`/challenges/${c.id}`}>{c.title}</a> <StatusBadge tr={tr} status={c.status} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="my-solutions">
        <h2 id="my-solutions">{t('me.solutions')}</h2>
        {data.solutions.length === 0 ? (
          <p>{t('me.none')}</p>
        ) : (
          <ul class="rows">
            {data.solutions.map((s) => (
              <li>
                <a href={`/solutions/${s.id}`}>{s.title}</a> <StatusBadge tr={tr} status={s.status} />
                <span class="meta"> — {s.challenge_title}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {matches && <SuggestedChallenges page={page} matches={matches} />}

      <section aria-labelledby="my-jury">
        <h2 id="my-jury">{t('me.jury')}</h2>
        {data.jury.length === 0 ? (
          <p>{t('me.none')}</p>
        ) : (
          <ul class="rows">
            {data.jury.map((j) => (
              <li>
                {/* Before approval the challenge is not readable by its jury yet. */}
                {PUBLISHED.includes(j.status) ? <a href={`/challenges/${j.id}/solutions`}>{j.title}</a> : j.title}{' '}
                <StatusBadge tr={tr} status={j.status} />
                <span class="meta"> — {t('me.jury_progress', { scored: j.scored, total: j.to_score })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p>
        <a href="/cooperations">{t('coop.me_link')}</a>
      </p>
      <p>
        <a href="/conversations">{t('conversation.me_link')}</a>
      </p>

      <nav aria-labelledby="settings-title">
        <h2 id="settings-title">{t('dashboard.settings.title')}</h2>
        <ul>
          <li>
            <a href="/me/account">{t('dashboard.settings.account')}</a>
          </li>
          <li>
            <a href="/me/notifications/preferences">{t('dashboard.settings.notifications')}</a>
          </li>
          <li>
            <a href="/me/saved-searches">{t('dashboard.settings.saved_searches')}</a>
          </li>
          <li>
            <a href="/me/profile">{t('people.own_profile')}</a>
          </li>
          <li>
            <a href="/me/api-keys">{t('api_keys.me_link')}</a>
          </li>
        </ul>
      </nav>
    </Layout>
  );
}
