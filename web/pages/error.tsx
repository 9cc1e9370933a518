import type { Problem } from '../../worker/http/problem';
import { Layout } from '../components/layout';
import type { PageContext } from '../page';

/** The HTML face of a problem: not-found gets its own words, everything else the generic ones. */
export function ErrorPage({ page, problem, requestId }: { page: PageContext; problem: Problem; requestId: string }) {
  const { t } = page.tr;
  const notFound = problem.status === 404;
  const title = notFound ? t('error.not_found.title') : t('error.generic.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{notFound ? t('error.not_found.text') : t('error.generic.text')}</p>
      {problem.status >= 500 && <p class="meta">{t('error.request_id', { id: requestId })}</p>}
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}
