import type { Dashboard } from '../../../worker/domain/accounts/dashboard';
import type { Translator } from '../../i18n';

type ManagedCallItem = NonNullable<Dashboard['calls']>[number];

/** On /me shown at most; the rest on /calls. */
const SHOWN = 20;

/** For moderators on their page: their clusters' calls in every state, and a way to start one. */
export function ManagedCalls({ tr, calls }: { tr: Translator; calls: ManagedCallItem[] }) {
  const { t } = tr;
  return (
    <section aria-labelledby="my-calls">
      <h2 id="my-calls">{t('calls.mine.title')}</h2>
      {calls.length === 0 ? (
        <p>{t('calls.mine.none')}</p>
      ) : (
        <ul class="rows">
          {calls.slice(0, SHOWN).map((call) => (
            <li>
              <a href={`/calls/${call.id}`} lang={call.language}>
                {call.title}
              </a>{' '}
              <span class={`badge badge-call-${call.status}`}>{t(`calls.status.${call.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/calls/new">{t('calls.form.new_title')}</a>
        {calls.length > SHOWN && (
          <>
            {' '}
            · <a href="/calls">{t('calls.title')}</a>
          </>
        )}
      </p>
    </section>
  );
}
