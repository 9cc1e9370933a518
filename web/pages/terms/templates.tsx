import { raw } from 'hono/html';
import { IP_OPTIONS, LANGUAGES, TERMS_CONFIDENTIALITY } from '../../../worker/db/enums';
import type { Cluster } from '../../../worker/domain/clusters/cluster.schema';
import type { TermsTemplate } from '../../../worker/domain/terms/terms.schema';
import { ErrorSummary, Field, Notice, Select, TextArea } from '../../components/form';
import { Layout } from '../../components/layout';
import type { Translator } from '../../i18n';
import type { PageContext } from '../../page';
import type { FormState } from '../../pipeline/forms';
import { termsHtml } from './markdown';

interface TemplatesPageProps {
  page: PageContext;
  cluster: Cluster;
  templates: TermsTemplate[];
  /** The form for the cluster's moderators; undefined for everyone else. */
  form?: FormState;
  notice?: string;
}

/** One version of a template: what it says of confidentiality, IP, the clinic's use, data, and its text. */
function TemplateVersion({ tr, template: tpl, level }: { tr: Translator; template: TermsTemplate; level: number }) {
  const { t } = tr;
  return (
    <>
      <dl class="facts">
        <dt>{t('terms.templates.language')}</dt>
        <dd>{t(`terms.language.${tpl.language}`)}</dd>
        <dt>{t('terms.templates.confidentiality')}</dt>
        <dd>{t(`terms.confidentiality.${tpl.confidentiality}`)}</dd>
        <dt>{t('terms.ip')}</dt>
        <dd>{t(`terms.ip.${tpl.ip_option}`)}</dd>
        <dt>{t('terms.clinic_use')}</dt>
        <dd class="prose" lang={tpl.language}>
          {tpl.clinic_use}
        </dd>
        {tpl.data_access && (
          <>
            <dt>{t('terms.data_access')}</dt>
            <dd class="prose" lang={tpl.language}>
              {tpl.data_access}
            </dd>
          </>
        )}
      </dl>
      <div class="prose" lang={tpl.language}>
        {raw(termsHtml(tpl.body_md, level))}
      </div>
    </>
  );
}

/**
 * A cluster's terms templates: each key's latest version in full and its earlier versions folded
 * away (a `details` element, no script needed); for its moderators the form that writes a template
 * or the next version of one.
 */
export function TemplatesPage({ page, cluster, templates, form, notice }: TemplatesPageProps) {
  const { tr } = page;
  const { t } = tr;
  const title = t('terms.templates.title', { cluster: cluster.name });
  const keys = [...new Set(templates.map((tpl) => tpl.key))];
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a>
      </p>
      <h1>{title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <p>{t('terms.templates.explain')}</p>
      {keys.length === 0 && <p>{t('terms.templates.none')}</p>}
      {keys.map((key) => {
        const [latest, ...older] = templates.filter((tpl) => tpl.key === key);
        if (!latest) return null;
        return (
          <section id={`template-${key}`} aria-labelledby={`template-${key}-title`}>
            <h2 id={`template-${key}-title`} lang={latest.language}>
              {latest.title}
            </h2>
            <p class="meta">
              <code>{key}</code> · {t('terms.templates.latest')}:{' '}
              {t('terms.version', { version: latest.version, date: tr.date(latest.created_at, 'long') })}
            </p>
            <TemplateVersion tr={tr} template={latest} level={3} />
            {older.map((tpl) => (
              <details>
                <summary>
                  {t('terms.templates.older')}:{' '}
                  {t('terms.version', { version: tpl.version, date: tr.date(tpl.created_at, 'long') })}
                </summary>
                <h3 lang={tpl.language}>{tpl.title}</h3>
                <TemplateVersion tr={tr} template={tpl} level={4} />
              </details>
            ))}
          </section>
        );
      })}
      {form && (
        <section id="new-template" aria-labelledby="new-template-title">
          <h2 id="new-template-title">{t('terms.templates.new')}</h2>
          <ErrorSummary tr={tr} form={form} />
          <form method="post" action={`/clusters/${cluster.slug}/terms`} class="stack wide" novalidate>
            <Field
              form={form}
              name="key"
              label={t('terms.templates.key')}
              hint={t('terms.templates.key_hint')}
              required
            />
            <Select
              form={form}
              name="language"
              label={t('terms.templates.language')}
              options={LANGUAGES.map((l) => ({ value: l, label: t(`terms.language.${l}`) }))}
              required
            />
            <Field form={form} name="title" label={t('terms.templates.name')} required />
            <TextArea
              form={form}
              name="body_md"
              label={t('terms.templates.body')}
              hint={t('terms.templates.body_hint')}
              required
            />
            <Select
              form={form}
              name="confidentiality"
              label={t('terms.templates.confidentiality')}
              options={TERMS_CONFIDENTIALITY.map((v) => ({ value: v, label: t(`terms.confidentiality.${v}`) }))}
              required
            />
            <Select
              form={form}
              name="ip_option"
              label={t('terms.templates.ip_option')}
              options={IP_OPTIONS.map((v) => ({ value: v, label: t(`terms.ip_short.${v}`) }))}
              required
            />
            <TextArea form={form} name="clinic_use" label={t('terms.templates.clinic_use')} required />
            <TextArea form={form} name="data_access" label={t('terms.templates.data_access')} />
            <button type="submit">{t('terms.templates.save')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
