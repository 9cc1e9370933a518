import { ErrorSummary, Field, Notice, PasswordField } from '../../components/form';
import { Layout } from '../../components/layout';
import { signInForm } from '../../forms/accounts';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

export function SignInPage({
  page,
  form,
  next,
  notice,
}: {
  page: PageContext;
  form: FormState;
  next: string;
  notice?: string;
}) {
  const { tr } = page;
  const { t } = tr;
  const labels = signInForm.labels(tr);
  return (
    <Layout page={page} title={t('signin.title')}>
      <h1>{t('signin.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/signin" class="stack" novalidate>
        <input type="hidden" name="next" value={next} />
        <Field form={form} name="email" label={labels.email ?? ''} type="email" autocomplete="username" required />
        <PasswordField form={form} name="password" label={labels.password ?? ''} purpose="current" />
        <button type="submit">{t('signin.submit')}</button>
      </form>
      <p>
        <a href="/forgot-password">{t('signin.forgot')}</a>
      </p>
      <p>
        {t('signin.no_account')} <a href="/register">{t('register.title')}</a>
      </p>
    </Layout>
  );
}
