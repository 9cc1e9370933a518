import type { Blocker } from '../../../worker/domain/accounts/deletion';
import { ErrorSummary, PasswordField } from '../../components/form';
import { Layout } from '../../components/layout';
import type { MessageKey } from '../../i18n/en';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface DeleteAccountProps {
  page: PageContext;
  blockers: Blocker[];
  form: FormState;
}

const GOES: MessageKey[] = [
  'deletion.goes.profile',
  'deletion.goes.sessions',
  'deletion.goes.notifications',
  'deletion.goes.endorsements',
  'deletion.goes.drafts',
  'deletion.goes.scores',
  'deletion.goes.invitations',
];
const STAYS: MessageKey[] = [
  'deletion.stays.results',
  'deletion.stays.threads',
  'deletion.stays.jury',
  'deletion.stays.trail',
];

/** Where a blocker is settled: the challenge (withdraw, jury) or the solution (withdraw). */
const hrefOf = (b: Blocker) =>
  b.reason === 'solution_in_open_challenge' ? `/solutions/${b.id}` : `/challenges/${b.id}`;

/**
 * Deleting one's account: what goes and what stays (anonymised), what stands in the way (linked,
 * so it can be settled), and the password. The form is offered only when nothing is in the way.
 */
export function DeleteAccountPage({ page, blockers, form }: DeleteAccountProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('deletion.title')}>
      <h1>{t('deletion.title')}</h1>
      <p class="lead">{t('deletion.intro')}</p>
      <section aria-labelledby="goes-title">
        <h2 id="goes-title">{t('deletion.goes_title')}</h2>
        <ul>
          {GOES.map((key) => (
            <li>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="stays-title">
        <h2 id="stays-title">{t('deletion.stays_title')}</h2>
        <ul>
          {STAYS.map((key) => (
            <li>{t(key)}</li>
          ))}
        </ul>
      </section>
      {blockers.length > 0 ? (
        <section aria-labelledby="blocked-title" id="blockers">
          <h2 id="blocked-title">{t('deletion.blocked_title')}</h2>
          <p>{t('deletion.blocked_intro')}</p>
          <ul class="blockers">
            {blockers.map((b) => (
              <li>
                {b.id && (
                  <>
                    <a href={hrefOf(b)}>{b.title}</a>
                    {': '}
                  </>
                )}
                {t(`deletion.blocker.${b.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t('deletion.submit')}</h2>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action="/me/account/delete" class="stack" novalidate>
            <PasswordField
              form={form}
              name="password"
              label={t('deletion.password')}
              hint={t('deletion.password_hint')}
              purpose="current"
            />
            <button type="submit" class="danger">
              {t('deletion.submit')}
            </button>
          </form>
        </section>
      )}
    </Layout>
  );
}

/** After the deletion: it is done, and the visitor is signed out. */
export function AccountDeletedPage({ page }: { page: PageContext }) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={t('deletion.done_title')}>
      <h1>{t('deletion.done_title')}</h1>
      <p>{t('deletion.done_text')}</p>
      <p>
        <a href="/">{t('deletion.back_home')}</a>
      </p>
    </Layout>
  );
}
