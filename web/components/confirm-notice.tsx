import type { Translator } from '../i18n';

/**
 * The address is not confirmed: what they cannot do yet, why, and the button for a new link.
 * On their page, and on the page that refuses them something for that reason.
 */
export function ConfirmNotice({ tr, email, level = 3 }: { tr: Translator; email: string; level?: 2 | 3 }) {
  const { t } = tr;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="notice">
      <Heading>{t('dashboard.confirm.title')}</Heading>
      <p>{t('dashboard.confirm.body', { email })}</p>
      <p>{t('dashboard.confirm.why')}</p>
      <form method="post" action="/me/verification">
        <button type="submit">{t('dashboard.confirm.resend')}</button>
      </form>
    </div>
  );
}
