import type { ContactTarget } from '../../../worker/domain/conversations/target';
import { Checkbox, ErrorSummary, Field, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

interface ContactPageProps {
  page: PageContext;
  target: Pick<ContactTarget, 'kind' | 'id' | 'title'>;
  form: FormState;
  /** Only a confirmed address writes: before that the page says so instead of offering the form. */
  mayWrite: boolean;
}

/** Writing to an organization, a person or a challenge's owner, relayed by Bedside without one's address. */
export function ContactPage({ page, target, form, mayWrite }: ContactPageProps) {
  const { tr } = page;
  const { t } = tr;
  const title = t(`conversation.contact.title.${target.kind}`, { title: target.title });
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t(`conversation.contact.intro.${target.kind}`)}</p>
      {mayWrite ? (
        <>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action="/conversations" class="stack wide" novalidate>
            <input type="hidden" name="about_kind" value={target.kind} />
            <input type="hidden" name="about_id" value={target.id} />
            <Field form={form} name="subject" label={t('conversation.field.subject')} required />
            <TextArea
              form={form}
              name="body"
              label={t('conversation.field.body')}
              hint={t('conversation.field.body_hint')}
              required
            />
            <Checkbox
              form={form}
              name="share_email"
              label={t('conversation.field.share_email')}
              hint={t('conversation.field.share_email_hint')}
            />
            <button type="submit">{t('conversation.contact.send')}</button>
          </form>
        </>
      ) : (
        <p class="note">{t('conversation.confirm_first')}</p>
      )}
    </Layout>
  );
}
