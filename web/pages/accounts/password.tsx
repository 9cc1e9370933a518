import { ErrorSummary, Field, PasswordField } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** "Forgot your password?": the address, then the same answer whoever it belongs to. */
export function ForgotPasswordPage({ page, form, sentTo }: { page: PageContext; form: FormState; sentTo?: string }) {
  const { tr } = page;
  const { t } = tr;
  if (sentTo !== undefined) {
    return (
      <Layout page={page} title={t('forgot.sent_title')}>
        <h1>{t('forgot.sent_title')}</h1>
        <p class="notice" role="status">
          {t('forgot.sent', { email: sentTo })}
        </p>
        <p>
          <a href="/signin">{t('forgot.back')}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout page={page} title={t('forgot.title')}>
      <h1>{t('forgot.title')}</h1>
      <p class="lead">{t('forgot.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/forgot-password" class="stack" novalidate>
        <Field form={form} name="email" label={t('account.email')} type="email" autocomplete="email" required />
        <button type="submit">{t('forgot.submit')}</button>
      </form>
      <p>
        <a href="/signin">{t('forgot.back')}</a>
      </p>
    </Layout>
  );
}

/** The page a reset link opens: a new password, set with a button press. */
export function ResetPasswordPage({ page, form, token }: { page: PageContext; form: FormState; token: string }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('reset.title')}>
      <h1>{t('reset.title')}</h1>
      <p class="lead">{t('reset.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/reset-password" class="stack" novalidate>
        <input type="hidden" name="token" value={token} />
        <PasswordField
          form={form}
          name="password"
          label={t('reset.password')}
          hint={t('register.password_hint')}
          purpose="new"
        />
        <button type="submit">{t('reset.submit')}</button>
      </form>
    </Layout>
  );
}
