import { Checkbox, CheckboxGroup, ErrorSummary, Field, Notice, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import { PROFILE_LANGUAGES } from '../../forms/people';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { languageName } from './language-names';

interface ProfilePageProps {
  page: PageContext;
  form: FormState;
  /** Only a confirmed address may make the profile public; the box is not offered before. */
  mayPublish: boolean;
  notice?: string;
}

/** One's own expert profile: private until they tick the box, never their address. */
export function ProfilePage({ page, form, mayPublish, notice }: ProfilePageProps) {
  const { tr } = page;
  const { t } = tr;
  const languages = PROFILE_LANGUAGES.map((code) => ({ value: code, label: languageName(tr, code) })).sort((a, b) =>
    a.label.localeCompare(b.label, tr.locale),
  );
  return (
    <Layout page={page} title={t('profile.title')}>
      <h1>{t('profile.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('profile.intro')}</p>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/me/profile" class="stack wide" novalidate>
        {mayPublish ? (
          <>
            <input type="hidden" name="offered_public" value="yes" />
            <Checkbox
              form={form}
              name="public"
              label={t('profile.field.public')}
              hint={t('profile.field.public_hint')}
            />
          </>
        ) : (
          <p class="note">{t('profile.confirm_first')}</p>
        )}
        <Field
          form={form}
          name="headline"
          label={t('profile.field.headline')}
          hint={t('profile.field.headline_hint')}
        />
        <TextArea form={form} name="bio" label={t('profile.field.bio')} hint={t('profile.field.bio_hint')} />
        <Field
          form={form}
          name="expertise"
          label={t('profile.field.expertise')}
          hint={t('profile.field.expertise_hint')}
        />
        <CheckboxGroup form={form} name="languages" legend={t('profile.field.languages')} options={languages} />
        <Checkbox form={form} name="juror" label={t('profile.field.juror')} />
        <Checkbox form={form} name="mentor" label={t('profile.field.mentor')} />
        <button type="submit">{t('profile.save')}</button>
      </form>
    </Layout>
  );
}
