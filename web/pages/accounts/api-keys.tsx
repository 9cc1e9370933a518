import type { z } from 'zod';
import { API_KEY_SCOPES } from '../../../worker/domain/accounts/api-key-scopes';
import type { ApiKeySchema } from '../../../worker/domain/accounts/api-keys';
import { CheckboxGroup, ErrorSummary, Field, Notice, Select } from '../../components/form';
import { Layout } from '../../components/layout';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';

export type ApiKeyView = z.output<typeof ApiKeySchema>;

/** A key's facts, as its card on the list and its own page show them. */
export function KeyFacts({ tr, apiKey }: { tr: Translator; apiKey: ApiKeyView }) {
  const { t } = tr;
  return (
    <dl class="key-facts">
      <dt>{t('api_keys.prefix')}</dt>
      <dd>
        <code>{apiKey.prefix}…</code>
      </dd>
      <dt>{t('api_keys.scopes')}</dt>
      <dd>
        {apiKey.scopes.map((scope, i) => (
          <>
            {i > 0 && ', '}
            <code>{scope}</code>
          </>
        ))}
      </dd>
      {apiKey.cluster && (
        <>
          <dt>{t('api_keys.cluster')}</dt>
          <dd>{apiKey.cluster}</dd>
        </>
      )}
      <dt>{t('api_keys.created')}</dt>
      <dd>{tr.date(apiKey.created_at)}</dd>
      <dt>{t('api_keys.last_used')}</dt>
      <dd>{apiKey.last_used_at ? tr.dateTime(apiKey.last_used_at) : t('api_keys.never_used')}</dd>
      <dt>{t('api_keys.expires')}</dt>
      <dd>{apiKey.expires_at ? tr.dateTime(apiKey.expires_at) : t('api_keys.no_expiry')}</dd>
    </dl>
  );
}

interface ApiKeysPageProps {
  page: PageContext;
  keys: ApiKeyView[];
  quota: { minute: number; day: number; max: number };
  /** The form, when the policy lets this person create a key; `confirm` when only their address is in the way. */
  create: { form: FormState; clusters: { slug: string; name: string }[] } | 'confirm' | undefined;
  notice?: string;
}

/** One's API keys: each with its facts and a link to its usage, then the form for a new one. */
export function ApiKeysPage({ page, keys, quota, create, notice }: ApiKeysPageProps) {
  const { tr } = page;
  const { t } = tr;
  return (
    <Layout page={page} title={t('api_keys.title')}>
      <h1>{t('api_keys.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p class="lead">{t('api_keys.intro')}</p>
      <p>
        {t('api_keys.quota', { minute: tr.number(quota.minute), day: tr.number(quota.day), max: quota.max })}{' '}
        <a href="/api/docs">{t('api_keys.docs')}</a>
      </p>
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t('api_keys.list')}</h2>
        {keys.length === 0 ? (
          <p>{t('api_keys.none')}</p>
        ) : (
          <ul class="cards api-keys">
            {keys.map((key) => (
              <li class="card" id={`k-${key.id}`}>
                <h3>{key.name}</h3>
                <KeyFacts tr={tr} apiKey={key} />
                <a href={`/me/api-keys/${key.id}`} aria-label={t('api_keys.open_named', { name: key.name })}>
                  {t('api_keys.open')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title">
        <h2 id="create-title">{t('api_keys.create_title')}</h2>
        {create === 'confirm' ? (
          <p>
            {t('api_keys.confirm_first')} <a href="/me">{t('api_keys.confirm_link')}</a>
          </p>
        ) : (
          create && <CreateKeyForm tr={tr} form={create.form} clusters={create.clusters} />
        )}
      </section>
    </Layout>
  );
}

function CreateKeyForm({
  tr,
  form,
  clusters,
}: {
  tr: Translator;
  form: FormState;
  clusters: { slug: string; name: string }[];
}) {
  const { t } = tr;
  return (
    <>
      <ErrorSummary tr={tr} form={form} />
      <form method="post" action="/me/api-keys" class="stack" novalidate>
        <Field form={form} name="name" label={t('api_keys.field.name')} hint={t('api_keys.field.name_hint')} required />
        <CheckboxGroup
          form={form}
          name="scopes"
          legend={t('api_keys.field.scopes')}
          hint={t('api_keys.field.scopes_hint')}
          options={API_KEY_SCOPES.map((scope) => ({
            value: scope,
            label: scope,
            description: t(`api_keys.scope.${scope}`),
          }))}
        />
        <Field
          form={form}
          name="expires_at"
          type="date"
          label={t('api_keys.field.expires_at')}
          hint={t('api_keys.field.expires_at_hint')}
        />
        {clusters.length > 0 && (
          <Select
            form={form}
            name="cluster"
            label={t('api_keys.field.cluster')}
            hint={t('api_keys.field.cluster_hint')}
            first={{ value: '', label: t('api_keys.field.any_cluster') }}
            options={clusters.map((c) => ({ value: c.slug, label: c.name }))}
          />
        )}
        <button type="submit">{t('api_keys.create')}</button>
      </form>
    </>
  );
}
