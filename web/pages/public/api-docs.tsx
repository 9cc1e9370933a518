import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/** Swagger UI, served from our own assets (no CDN) and started by /docs.js (no inline script). */
export function ApiDocsPage({ page }: { page: PageContext }) {
  const { t } = page.tr;
  return (
    <Layout
      page={page}
      title={t('docs.title')}
      preview={{ description: t('discovery.api_docs') }}
      styles={['/vendor/swagger-ui/swagger-ui.css']}
      scripts={['/vendor/swagger-ui/swagger-ui-bundle.js', '/docs.js']}
    >
      <h1>{t('docs.title')}</h1>
      <noscript>
        <p>
          {t('docs.noscript')} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
      </noscript>
      <div id="swagger-ui" data-spec-url="/api/v1/openapi.json" />
    </Layout>
  );
}
