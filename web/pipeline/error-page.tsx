import type { Problem } from '../../worker/http/problem';
import { CONFIRM_FIRST } from '../../worker/policy/decisions';
import { Layout } from '../components/layout';
import type { Ctx } from '../ctx';
import { type PageContext, pageContext } from '../page';
import { ErrorPage } from '../pages/error';
import { renderPage } from '../render';

/** A problem as an HTML page, with the problem's status. */
export function errorPage(c: Ctx, problem: Problem) {
  const actor = c.var.actor;
  // Refused only because the address is not confirmed yet: say so in their language, with the button.
  const unconfirmed =
    problem.status === 403 && problem.detail === CONFIRM_FIRST && actor.type === 'user' && !actor.emailConfirmed
      ? actor.email
      : undefined;
  if (problem.status === 429) {
    // A limit: when to come back, in the page language, and in `Retry-After` for the browser.
    const seconds = Number(problem.headers?.['Retry-After'] ?? 60);
    c.header('Retry-After', String(seconds));
    return renderPage(c, <RateLimitedPage page={pageContext(c)} seconds={seconds} />, 429);
  }
  const retryAfter = problem.headers?.['Retry-After'];
  if (problem.code === 'unavailable' && retryAfter) {
    // The database is briefly away: say nothing was changed and to try again, in the page language.
    c.header('Retry-After', retryAfter);
    return renderPage(c, <UnavailablePage page={pageContext(c)} requestId={c.var.requestId ?? ''} />, 503);
  }
  return renderPage(
    c,
    <ErrorPage page={pageContext(c)} problem={problem} requestId={c.var.requestId ?? ''} unconfirmed={unconfirmed} />,
    problem.status,
  );
}

function RateLimitedPage({ page, seconds }: { page: PageContext; seconds: number }) {
  const { t, plural } = page.tr;
  const title = t('error.rate_limited.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{plural('error.rate_limited.text', Math.max(1, Math.ceil(seconds / 60)))}</p>
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}

function UnavailablePage({ page, requestId }: { page: PageContext; requestId: string }) {
  const { t } = page.tr;
  const title = t('error.unavailable.title');
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{t('error.unavailable.text')}</p>
      <p class="meta">{t('error.request_id', { id: requestId })}</p>
      <p>
        <a href="/">{t('error.back_home')}</a>
      </p>
    </Layout>
  );
}
