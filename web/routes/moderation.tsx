import { Hono } from 'hono';
import { moderationQueue } from '../../worker/domain/moderation/queue';
import { resolveReport } from '../../worker/domain/moderation/reports';
import type { AppEnv } from '../../worker/env';
import { Problem } from '../../worker/http/problem';
import { can } from '../../worker/policy/policy';
import { readForm } from '../forms';
import { pageContext } from '../page';
import { ModerationPage } from '../pages/moderation';
import { renderPage } from '../render';
import { errorPage } from './error-page';
import { signInFirst } from './sign-in-first';

const notModerator = new Problem('forbidden', 'Only moderators have a moderation queue.');

export const moderationPages = new Hono<AppEnv>()
  .get('/moderation', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, '/moderation');
    if (!can(actor, 'moderation.queue')) return errorPage(c, notModerator);
    const page = pageContext(c);
    const done = c.req.query('done');
    const notice = done === 'dismiss' || done === 'hide' ? page.tr.t(`moderation.done.${done}`) : undefined;
    return renderPage(c, <ModerationPage page={page} queue={await moderationQueue(c.var.db, actor)} notice={notice} />);
  })
  .post('/moderation/reports/:id', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c, '/moderation');
    const { action } = await readForm(c);
    if (action !== 'dismiss' && action !== 'hide')
      return errorPage(c, new Problem('malformed_request', 'Choose dismiss or hide.'));
    await resolveReport(c.var.db, actor, c.req.param('id'), action, undefined);
    return c.redirect(`/moderation?done=${action}`, 303);
  });
