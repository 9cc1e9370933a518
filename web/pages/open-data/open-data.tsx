import { LICENCE_URL } from '../../../worker/domain/open-data/dataset';
import { DATASET_NAMES, DATASETS } from '../../../worker/domain/open-data/datasets';
import { Layout } from '../../components/layout';
import type { PageContext } from '../../page';

/**
 * What anyone may download, with the licence: one section per dataset (what it holds, its CSV and
 * JSON, its columns in a disclosure that works without JavaScript).
 */
export function OpenDataPage({ page, operator }: { page: PageContext; operator: string }) {
  const { t } = page.tr;
  return (
    <Layout page={page} title={t('open_data.title')} preview={{ description: t('discovery.open_data') }}>
      <h1>{t('open_data.title')}</h1>
      <p>{t('open_data.intro')}</p>
      <p>{t('open_data.stable_ids')}</p>
      <section aria-labelledby="licence-title">
        <h2 id="licence-title">{t('open_data.licence.title')}</h2>
        <p>{t('open_data.licence.text', { operator })}</p>
        <p>
          <a href={LICENCE_URL} rel="license">
            {t('open_data.licence.link')}
          </a>
        </p>
      </section>
      {DATASET_NAMES.map((name) => {
        const title = t(`open_data.dataset.${name}.title`);
        return (
          <section aria-labelledby={`dataset-${name}`}>
            <h2 id={`dataset-${name}`}>{title}</h2>
            <p>{t(`open_data.dataset.${name}.description`)}</p>
            <ul aria-label={t('open_data.downloads')}>
              <li>
                <a href={`/api/v1/open-data/${name}.csv`} download>
                  {t('open_data.as_csv', { dataset: title })}
                </a>
              </li>
              <li>
                <a href={`/api/v1/open-data/${name}.json`}>{t('open_data.as_json', { dataset: title })}</a>
              </li>
            </ul>
            <details>
              <summary>{t('open_data.columns', { dataset: title })}</summary>
              <p>
                {DATASETS[name].columns.map((column, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <code>{column}</code>
                  </>
                ))}
              </p>
            </details>
          </section>
        );
      })}
      <p>{t('open_data.freshness')}</p>
      <p>
        <a href="/api/v1/open-data">{t('open_data.api')}</a>
      </p>
    </Layout>
  );
}
