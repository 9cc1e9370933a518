import { Layout } from '../components/layout';
import type { Translator } from '../i18n';

export function NotFoundPage({ tr, path }: { tr: Translator; path: string }) {
  const { t } = tr;
  return (
    <Layout tr={tr} title={t('error.not_found.title')} path={path}>
      <h1>{t('error.not_found.title')}</h1>
      <p>{t('error.not_found.text')}</p>
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}
