import type { Problem } from '../../worker/http/problem';
import type { Ctx } from '../ctx';
import { pageContext } from '../page';
import { ErrorPage } from '../pages/error';
import { renderPage } from '../render';

/** A problem as an HTML page, with the problem's status. */
export const errorPage = (c: Ctx, problem: Problem) =>
  renderPage(
    c,
    <ErrorPage page={pageContext(c)} problem={problem} requestId={c.var.requestId ?? ''} />,
    problem.status,
  );
