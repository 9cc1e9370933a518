import { ErrorSummary } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/**
 * The page a confirmation link opens. Confirming takes a button press: mail scanners that open
 * links ahead of people must not use them up.
 */
export function ConfirmEmailPage({
  page,
  token,
  email,
  change,
  signInHref,
  form,
}: {
  page: PageContext;
  token: string;
  email: string;
  change: boolean;
  /** A new address, opened without the account that asked for it: sign in to it first. */
  signInHref?: string;
  form: FormState;
}) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={t('confirm.title')}>
      <h1>{t('confirm.title')}</h1>
      <ErrorSummary tr={page.tr} form={form} />
      <p class="lead">{t(change ? 'confirm.change_intro' : 'confirm.intro')}</p>
      <dl class="facts">
        <dt>{t('confirm.address')}</dt>
        <dd>{email}</dd>
      </dl>
      {signInHref ? (
        <p>
          {t('confirm.change_sign_in')} <a href={signInHref}>{t('confirm.change_sign_in_link')}</a>
        </p>
      ) : (
        <form method="post" action="/confirm-email" class="stack">
          <input type="hidden" name="token" value={token} />
          <button type="submit">{t('confirm.submit')}</button>
        </form>
      )}
      <p class="meta">{t(change ? 'confirm.not_you_change' : 'confirm.not_you')}</p>
    </Layout>
  );
}

export function EmailConfirmedPage({ page, email }: { page: PageContext; email: string }) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={t('confirm.done_title')}>
      <h1>{t('confirm.done_title')}</h1>
      <p class="notice" role="status">
        {t('confirm.done', { email })}
      </p>
      <p>
        <a href="/me">{t('confirm.to_me')}</a>
      </p>
    </Layout>
  );
}
