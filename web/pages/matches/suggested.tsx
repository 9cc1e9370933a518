import type { MyMatches } from '../../../worker/domain/matches/match.view';
import type { PageContext } from '../../page';

/**
 * "Suggested challenges" on a person's page: the open challenges that fit their organization and
 * expertise, each with its reason, and the calls those are in. Says where suggestions come from
 * when there are none.
 */
export function SuggestedChallenges({ page, matches }: { page: PageContext; matches: MyMatches }) {
  const { tr } = page;
  const { t } = tr;
  const calls = new Map(matches.calls.map((m) => [m.call.id, m.call.title]));
  return (
    <section aria-labelledby="suggested-title">
      <h2 id="suggested-title">{t('matches.mine.title')}</h2>
      {matches.challenges.length === 0 ? (
        <p class="empty">
          {t('matches.mine.none')} <a href="/me/profile">{t('matches.mine.profile')}</a>
        </p>
      ) : (
        <>
          <p>{t('matches.mine.intro')}</p>
          <ol class="cards">
            {matches.challenges.map((m) => (
              <li class="card">
                <h3>
                  <a href={`/challenges/${m.challenge.id}`}>{m.challenge.title}</a>
                </h3>
                <p>
                  <strong>{t('matches.why')}:</strong> {m.reason}
                </p>
                <p class="meta">
                  {t('challenge.deadline')}:{' '}
                  <time datetime={m.challenge.deadline}>{tr.date(m.challenge.deadline)}</time>
                  {m.challenge.call_id && calls.has(m.challenge.call_id) && (
                    <>
                      {' · '}
                      {t('matches.mine.in_call')}{' '}
                      <a href={`/calls/${m.challenge.call_id}`}>{calls.get(m.challenge.call_id)}</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {matches.calls.length > 0 && (
        <>
          <h3>{t('matches.mine.calls')}</h3>
          <ul>
            {matches.calls.map((m) => (
              <li>
                <a href={`/calls/${m.call.id}`}>{m.call.title}</a> — {m.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
