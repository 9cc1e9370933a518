import { ErrorSummary, Field } from '../../components/form';
import { Layout } from '../../components/layout';
import { signInForm } from '../../forms/accounts';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

export function SignInPage({ page, form, next }: { page: PageContext; form: FormState; next: string }) {
  const { tr } = page;
  const { t } = tr;
  const labels = signInForm.labels(tr);
  return (
    <Layout page={page} title={t('signin.title')}>
      <h1>{t('signin.title')}</h1>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/signin" class="stack" novalidate>
        <input type="hidden" name="next" value={next} />
        <Field form={form} name="email" label={labels.email ?? ''} type="email" autocomplete="username" required />
        <Field
          form={form}
          name="password"
          label={labels.password ?? ''}
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
