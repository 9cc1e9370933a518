import { Hono } from 'hono';
import { loadReport, moderationQueueFor } from '../../../worker/access/moderation';
import { DomainError } from '../../../worker/domain/errors';
import { resolveReport } from '../../../worker/domain/moderation/reports';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import { resolveForm } from '../../forms/moderation';
import { pageContext } from '../../page';
import { ModerationPage } from '../../pages/moderation/queue';
import { confirmation } from '../../pipeline/confirm';
import { submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

export const moderationPages = new Hono<AppEnv>()
  .get('/moderation', signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'moderation.queue');
    const page = pageContext(c);
    const done: string | undefined = c.req.query('done');
    const notice =
      done === 'dismiss' || done === 'hide'
        ? page.tr.t(`moderation.done.${done}`)
        : done === 'joined'
          ? page.tr.t('invitation.joined_moderator')
          : undefined;
    return renderPage(
      c,
      <ModerationPage page={page} queue={await moderationQueueFor(c.var.db, actor)} notice={notice} />,
    );
  })
  .post(`/moderation/reports/${ID}`, signedIn, async (c) => {
    const report = await loadReport(c.var.db, c.var.user, c.req.param('id'));
    const actor = authorizeUser(c.var.user, 'report.resolve', report);
    return submitForm(c, resolveForm, {
      run: async ({ action, note }) => {
        await resolveReport(c.var.db, actor, report, action, note);
        return c.redirect(`/moderation?done=${action}`, 303);
      },
      rerender: () => {
        throw new DomainError('validation_failed', 'Choose whether to dismiss the report or hide the content.');
      },
      confirm: ({ action }, tr) => (action === 'hide' ? confirmation(tr, 'hide', {}, '/moderation') : undefined),
    });
  });
