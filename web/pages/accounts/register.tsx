import { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from '../../../worker/db/enums';
import { ErrorSummary, Field, PasswordField, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import { registerForm } from '../../forms/accounts';
import type { Translator } from '../../i18n';
import { legalPath } from '../../legal/documents';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

/** "By creating an account you accept the terms of use; the privacy notice says …", both linked. */
function Consent({ tr }: { tr: Translator }) {
  const links = {
    terms: <a href={legalPath('terms')}>{tr.t('legal.register.terms_link')}</a>,
    privacy: <a href={legalPath('privacy')}>{tr.t('legal.register.privacy_link')}</a>,
  };
  // The sentence keeps its placeholders so each language places the links where its grammar wants them.
  const parts = tr.t('legal.register.consent').split(/\{(terms|privacy)\}/);
  return <p class="consent">{parts.map((part, i) => (i % 2 === 1 ? links[part as keyof typeof links] : part))}</p>;
}

export function RegisterPage({ page, form }: { page: PageContext; form: FormState }) {
  const { tr } = page;
  const { t } = tr;
  const labels = registerForm.labels(tr);
  return (
    <Layout page={page} title={t('register.title')}>
      <h1>{t('register.title')}</h1>
      <p class="lead">{t('register.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/register" class="stack" novalidate>
        <input type="hidden" name="language" value={tr.locale} />
        <Field form={form} name="name" label={labels.name ?? ''} autocomplete="name" required />
        <Field form={form} name="email" label={labels.email ?? ''} type="email" autocomplete="email" required />
        <PasswordField
          form={form}
          name="password"
          label={labels.password ?? ''}
          hint={t('register.password_hint')}
          purpose="new"
        />
        <fieldset class={form.errors.kind ? 'has-error' : ''}>
          <legend>{labels.kind}</legend>
          {form.errors.kind && <p class="field-error">{form.errors.kind}</p>}
          {(['clinician', 'solver'] as const).map((kind) => (
            <label class="choice">
              <input type="radio" name="kind" value={kind} checked={form.values.kind === kind} required />
              <span>
                <strong>{t(`kind.${kind}`)}</strong> — {t(`kind.${kind}.hint`)}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('register.org_legend')}</legend>
          <p class="hint">{t('register.org_hint')}</p>
          <Field
            form={form}
            name="organization.name"
            label={labels['organization.name'] ?? ''}
            autocomplete="organization"
          />
          <Select
            form={form}
            name="organization.kind"
            label={labels['organization.kind'] ?? ''}
            options={[
              { value: '', label: '—' },
              ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`org.${k}`) })),
            ]}
          />
          <Field
            form={form}
            name="organization.country"
            label={labels['organization.country'] ?? ''}
            hint={t('register.country_hint')}
            autocomplete="country"
          />
          <Select
            form={form}
            name="organization.size"
            label={labels['organization.size'] ?? ''}
            hint={t('organizations.size_hint')}
            options={[
              { value: '', label: t('organizations.size.none') },
              ...ORGANIZATION_SIZES.map((s) => ({ value: s, label: t(`organizations.size.${s}`) })),
            ]}
          />
        </fieldset>
        <Consent tr={tr} />
        <button type="submit">{t('register.submit')}</button>
      </form>
      <p>
        {t('register.have_account')} <a href="/signin">{t('signin.title')}</a>
      </p>
    </Layout>
  );
}
