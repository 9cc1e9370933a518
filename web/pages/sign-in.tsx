import { ErrorSummary, Field } from '../components/form';
import { Layout } from '../components/layout';
import type { FormState } from '../forms';
import type { PageContext } from '../page';

export function SignInPage({ page, form, next }: { page: PageContext; form: FormState; next: string }) {
  const { tr } = page;
  const { t } = tr;
  const labels = { email: t('account.email'), password: t('account.password') };
  return (
    <Layout page={page} title={t('signin.title')}>
      <h1>{t('signin.title')}</h1>
      <ErrorSummary tr={tr} form={form} labels={labels} />
      <form method="post" action="/signin" class="stack" novalidate>
        <input type="hidden" name="next" value={next} />
        <Field form={form} name="email" label={labels.email} type="email" autocomplete="username" required />
        <Field
          form={form}
          name="password"
          label={labels.password}
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">{t('signin.submit')}</button>
      </form>
      <p>
        {t('signin.no_account')} <a href="/register">{t('register.title')}</a>
      </p>
    </Layout>
  );
}
