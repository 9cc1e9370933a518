import type { Problem } from '../../worker/http/problem';
import { ConfirmNotice } from '../components/confirm-notice';
import { Layout } from '../components/layout';
import type { PageContext } from '../page';

/**
 * The HTML face of a problem. Not-found gets its own words; other refusals (403, 409, …) say
 * what the domain said, so the reader knows what to do next; 5xx gets the generic words.
 */
export function ErrorPage({
  page,
  problem,
  requestId,
  unconfirmed,
}: {
  page: PageContext;
  problem: Problem;
  requestId: string;
  /** The address of a signed-in person refused only because it is not confirmed yet. */
  unconfirmed?: string;
}) {
  const { t } = page.tr;
  const kind = problem.status === 404 ? 'not_found' : problem.status < 500 ? 'refused' : 'generic';
  const title = t(`error.${kind}.title`);
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      {unconfirmed ? (
        <ConfirmNotice tr={page.tr} email={unconfirmed} level={2} />
      ) : kind === 'refused' ? (
        <p lang="en">{problem.detail}</p>
      ) : (
        <p>{t(`error.${kind}.text`)}</p>
      )}
      {problem.status >= 500 && <p class="meta">{t('error.request_id', { id: requestId })}</p>}
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}
