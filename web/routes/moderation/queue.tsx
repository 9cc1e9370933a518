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
import { type FormState, readForm, submitForm } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

/** The queue, narrowed to `cluster` if one was chosen, with what just happened. */
const queueHref = (cluster: string | undefined, done?: string) => {
  const query = new URLSearchParams({ ...(cluster ? { cluster } : {}), ...(done ? { done } : {}) }).toString();
  return query ? `/moderation?${query}` : '/moderation';
};

export const moderationPages = new Hono<AppEnv>()
  .get('/moderation', signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'moderation.queue');
    const page = pageContext(c);
    const { t } = page.tr;
    const done: string | undefined = c.req.query('done');
    const notice =
      done === 'dismiss' || done === 'hide'
        ? t(`moderation.done.${done}`)
        : done === 'joined'
          ? t('invitation.joined_moderator')
          : undefined;
    const cluster = c.req.query('cluster') || undefined;
    // The filter is part of the one query; a cluster this moderator does not moderate matches nothing.
    const queue = await moderationQueueFor(c.var.db, actor, { cluster });
    const known = !cluster || queue.clusters.some((k) => k.slug === cluster);
    const filter: FormState = {
      values: { cluster: cluster ?? '' },
      errors: known ? {} : { cluster: t('moderation.filter.unknown') },
    };
    return renderPage(
      c,
      <ModerationPage page={page} queue={queue} filter={filter} now={new Date()} notice={notice} />,
      known ? 200 : 400,
    );
  })
  .post(`/moderation/reports/${ID}`, signedIn, async (c) => {
    const report = await loadReport(c.var.db, c.var.user, c.req.param('id'));
    const actor = authorizeUser(c.var.user, 'report.resolve', report);
    // The queue's cluster filter rides along (a hidden field, kept by the confirm step), so the
    // moderator lands back where they were.
    const cluster = (await readForm(c)).cluster || undefined;
    return submitForm(c, resolveForm, {
      run: async ({ action, note }) => {
        await resolveReport(c.var.db, actor, report, action, note);
        return c.redirect(queueHref(cluster, action), 303);
      },
      rerender: () => {
        throw new DomainError('validation_failed', 'Choose whether to dismiss the report or hide the content.');
      },
      confirm: ({ action }, tr) => (action === 'hide' ? confirmation(tr, 'hide', {}, queueHref(cluster)) : undefined),
    });
  });
