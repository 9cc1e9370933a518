import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/**
 * The page an unsubscribe link opens (mail clients also POST to the same address, RFC 8058).
 * `kind` is the translated name of the kind of email, or null for the digest.
 */
export function UnsubscribePage({
  page,
  action,
  kind,
  done,
}: {
  page: PageContext;
  action: string;
  kind: string | null;
  done: boolean;
}) {
  const { t } = page.tr;
  if (done) {
    return (
      <Layout page={page} title={t('unsubscribe.done_title')}>
        <h1>{t('unsubscribe.done_title')}</h1>
        <p class="notice" role="status">
          {t('unsubscribe.done')}
        </p>
        <p>
          <a href="/me/notifications/preferences">{t('unsubscribe.settings_link')}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout page={page} title={t('unsubscribe.title')}>
      <h1>{t('unsubscribe.title')}</h1>
      <p class="lead">{kind ? t('unsubscribe.intro_kind', { kind }) : t('unsubscribe.intro_digest')}</p>
      <form method="post" action={action}>
        <button type="submit">{t('unsubscribe.submit')}</button>
      </form>
    </Layout>
  );
}
