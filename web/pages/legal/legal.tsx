import { raw } from 'hono/html';
import { Layout } from '../../components/layout';
import type { LegalDocument } from '../../legal/documents';
import { contactHref, type Operator } from '../../legal/operator';
import type { PageContext } from '../../page';

/** An email or web address as a link, anything else as text. */
function contact(value: string) {
  const href = contactHref(value);
  return href ? <a href={href}>{value}</a> : value;
}

/**
 * A legal page: the operator's text for this language (HTML made from their Markdown, escaped by
 * the renderer), then who runs this site, from the deployment's configuration.
 */
export function LegalPage({
  page,
  document,
  html,
  operator,
}: {
  page: PageContext;
  document: LegalDocument;
  html: string;
  operator: Operator;
}) {
  const { t } = page.tr;
  const title = t(`legal.${document}.title`);
  return (
    <Layout page={page} title={title} preview={{ description: t('discovery.legal') }}>
      <article class="legal">
        <h1>{title}</h1>
        {raw(html)}
        <section aria-labelledby="operator-title">
          <h2 id="operator-title">{t('legal.operator.title')}</h2>
          <dl class="facts">
            <dt>{t('legal.operator.name')}</dt>
            <dd>{operator.name}</dd>
            <dt>{t('legal.operator.address')}</dt>
            <dd class="address">{operator.address}</dd>
            <dt>{t('legal.operator.contact')}</dt>
            <dd>{contact(operator.contact)}</dd>
            <dt>{t('legal.operator.privacy_contact')}</dt>
            <dd>{contact(operator.privacyContact)}</dd>
          </dl>
        </section>
      </article>
    </Layout>
  );
}
