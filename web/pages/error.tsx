import type { Problem } from '../../worker/http/problem';
import { Layout } from '../components/layout';
import type { Translator } from '../i18n';

/** The HTML face of a problem: not-found gets its own words, everything else the generic ones. */
export function ErrorPage({
  tr,
  path,
  problem,
  requestId,
}: {
  tr: Translator;
  path: string;
  problem: Problem;
  requestId: string;
}) {
  const { t } = tr;
  const notFound = problem.status === 404;
  const title = notFound ? t('error.not_found.title') : t('error.generic.title');
  return (
    <Layout tr={tr} title={title} path={path}>
      <h1>{title}</h1>
      <p>{notFound ? t('error.not_found.text') : t('error.generic.text')}</p>
      {problem.status >= 500 && <p class="meta">{t('error.request_id', { id: requestId })}</p>}
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}
