import type { Problem } from '../../worker/http/problem';
import { CONFIRM_FIRST } from '../../worker/policy/decisions';
import type { Ctx } from '../ctx';
import { pageContext } from '../page';
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
  return renderPage(
    c,
    <ErrorPage page={pageContext(c)} problem={problem} requestId={c.var.requestId ?? ''} unconfirmed={unconfirmed} />,
    problem.status,
  );
}
