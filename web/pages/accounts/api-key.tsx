import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/scroll-table';
import type { PageContext } from '../../page';
import { type ApiKeyView, KeyFacts } from './api-keys';

/**
 * Right after creating a key: its secret, this once, in a read-only field to copy. The page is the
 * answer to the POST itself (never a redirect), so the secret is in no address, cookie or log.
 */
export function ApiKeyCreatedPage({ page, apiKey }: { page: PageContext; apiKey: ApiKeyView & { secret: string } }) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('api_keys.created_title')}>
      <h1>{t('api_keys.created_title')}</h1>
      <h2>{apiKey.name}</h2>
      <div class="notice" role="status">
        <p>{t('api_keys.secret_warning')}</p>
      </div>
      <div class="field secret-field">
        <label for="secret">{t('api_keys.secret')}</label>
        <p class="hint" id="secret-hint">
          {t('api_keys.secret_use')} <code>Authorization: Bearer {apiKey.prefix}…</code>
        </p>
        {/* A read-only text area, so the whole secret shows (and wraps) on a phone. */}
        <textarea
          id="secret"
          rows={2}
          readonly
          spellcheck={false}
          autocomplete="off"
          aria-describedby="secret-hint"
          class="feed-address"
        >
          {apiKey.secret}
        </textarea>
      </div>
      <KeyFacts tr={tr} apiKey={apiKey} />
      <p>
        <a href="/me/api-keys">{t('api_keys.back')}</a>
      </p>
    </Layout>
  );
}

interface ApiKeyPageProps {
  page: PageContext;
  apiKey: ApiKeyView;
  usage: { days: { day: string; requests: number }[] };
  /** How many days back the usage goes. */
  days: number;
}

/** One key: its facts, its requests per day, and Revoke (asked about first). */
export function ApiKeyPage({ page, apiKey, usage, days }: ApiKeyPageProps) {
  const { tr } = page;
  const { t } = tr;
  const caption = t('api_keys.usage_caption', { name: apiKey.name });
  return (
    <Layout page={page} title={apiKey.name} scripts={['/enhance.js']}>
      <p>
        <a href="/me/api-keys">{t('api_keys.back')}</a>
      </p>
      <h1>{apiKey.name}</h1>
      <KeyFacts tr={tr} apiKey={apiKey} />
      <section aria-labelledby="usage-title">
        <h2 id="usage-title">{t('api_keys.usage_title')}</h2>
        {usage.days.length === 0 ? (
          <p>{t('api_keys.usage_none', { days })}</p>
        ) : (
          <>
            <p>{t('api_keys.usage_intro', { days })}</p>
            <ScrollTable label={caption}>
              <table>
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('api_keys.day')}</th>
                    <th scope="col" class="num">
                      {t('api_keys.requests')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {usage.days.map((d) => (
                    <tr>
                      <th scope="row">{tr.date(d.day)}</th>
                      <td class="num">{tr.number(d.requests)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </section>
      <section aria-labelledby="revoke-title">
        <h2 id="revoke-title">{t('api_keys.revoke_title')}</h2>
        <p>{t('api_keys.revoke_intro')}</p>
        <form
          method="post"
          action={`/me/api-keys/${apiKey.id}/revoke`}
          data-confirm={t('confirm_step.revoke_api_key.question', { name: apiKey.name })}
        >
          <button type="submit" class="danger">
            {t('api_keys.revoke')}
          </button>
        </form>
      </section>
    </Layout>
  );
}
