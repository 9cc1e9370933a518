import { ErrorSummary, Field, Notice, PasswordField } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface SettingsProps {
  page: PageContext;
  email: string;
  confirmed: boolean;
  emailForm: FormState;
  passwordForm: FormState;
  notice?: string;
}

/**
 * Account settings: the address (changed only once the new one is confirmed), the password, every
 * session, and the person's data (a download of all of it; deleting the account).
 */
export function AccountSettingsPage({ page, email, confirmed, emailForm, passwordForm, notice }: SettingsProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('settings.title')} scripts={['/enhance.js']}>
      <h1>{t('settings.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="email-title">
        <h2 id="email-title">{t('settings.email_title')}</h2>
        <p>
          {t('settings.current_email', { email })} {t(confirmed ? 'settings.confirmed' : 'settings.unconfirmed')}
        </p>
        <ErrorSummary tr={tr} form={emailForm} />
        <form method="post" action="/me/account/email" class="stack" novalidate>
          <Field
            form={emailForm}
            name="email"
            label={t('settings.new_email')}
            hint={t('settings.new_email_hint')}
            type="email"
            autocomplete="email"
            required
          />
          <PasswordField
            form={emailForm}
            name="current_password"
            label={t('settings.current_password')}
            purpose="current"
          />
          <button type="submit">{t('settings.change_email')}</button>
        </form>
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title">{t('settings.password_title')}</h2>
        <ErrorSummary tr={tr} form={passwordForm} />
        <form method="post" action="/me/account/password" class="stack" novalidate>
          <PasswordField
            form={passwordForm}
            name="current_password"
            label={t('settings.current_password')}
            purpose="current"
          />
          <PasswordField
            form={passwordForm}
            name="password"
            label={t('settings.new_password')}
            hint={t('register.password_hint')}
            purpose="new"
          />
          <button type="submit">{t('settings.change_password')}</button>
        </form>
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('settings.sessions_title')}</h2>
        <p>{t('settings.sessions_intro')}</p>
        <form
          method="post"
          action="/me/account/sign-out-everywhere"
          data-confirm={t('settings.sign_out_everywhere_confirm')}
        >
          <button type="submit" class="secondary">
            {t('settings.sign_out_everywhere')}
          </button>
        </form>
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('your_data.title')}</h2>
        <p>{t('your_data.intro')}</p>
        <p>{t('your_data.left_out')}</p>
        <p>
          <a href="/me/account/data.json" download>
            {t('your_data.download')}
          </a>
        </p>
        <p>
          <a href="/me/account/delete">{t('your_data.delete')}</a>
        </p>
      </section>
      <p>
        <a href="/me/notifications/preferences">{t('settings.notification_settings')}</a> ·{' '}
        <a href="/me/saved-searches">{t('settings.saved_searches')}</a>
      </p>
    </Layout>
  );
}
