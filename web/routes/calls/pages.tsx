import { Hono } from 'hono';
import { listCallsFor, loadCall } from '../../../worker/access/calls';
import { listChallengesFor } from '../../../worker/access/challenges';
import { ANONYMOUS, isUser } from '../../../worker/domain/actor';
import { CALL_TRANSITIONS, callActionsFrom, callEditable } from '../../../worker/domain/calls/lifecycle';
import type { AppEnv } from '../../../worker/env';
import { can } from '../../../worker/policy/policy';
import { previewText } from '../../components/preview';
import type { Ctx } from '../../ctx';
import { pageContext } from '../../page';
import { type CallActions, CallPage } from '../../pages/calls/call';
import { CallListPage } from '../../pages/calls/list';
import { emptyForm, type FormState } from '../../pipeline/forms';
import { ID } from '../../pipeline/params';
import { renderPage } from '../../render';

const FAILURES = ['closes', 'note', 'stale', 'state'] as const;

/**
 * A call and its challenges side by side (the list is empty for a call that does not exist), with
 * the steps its managers may take; `transition` is the step form coming back with a mistake.
 */
export async function showCall(c: Ctx, { transition }: { transition?: FormState } = {}, status: 200 | 400 = 200) {
  const actor = c.var.actor;
  const id = c.req.param('id') as string;
  const [call, challenges] = await Promise.all([
    loadCall(c.var.db, actor, id),
    listChallengesFor(c.var.db, actor, { call: id, sort: 'deadline', limit: 50 }),
  ]);
  let actions: CallActions | undefined;
  if (can(actor, 'call.edit', call)) {
    const steps = callActionsFrom(call.status);
    const failed = c.req.query('failed');
    actions = {
      edit: callEditable(call.status),
      steps: steps.filter((action) => can(actor, 'call.transition', { call, action })),
      // The creator sees why publishing is not on offer: another moderator reviews their call.
      reviewedByAnother: steps.some(
        (action) => CALL_TRANSITIONS[action].by === 'reviewer' && call.created_by && isUser(actor, call.created_by),
      ),
      form: transition ?? emptyForm(),
      done: c.req.query('done'),
      failed: FAILURES.find((f) => f === failed),
    };
  }
  return renderPage(
    c,
    <CallPage
      page={pageContext(c)}
      call={call}
      challenges={challenges.data}
      actions={actions}
      preview={
        can(ANONYMOUS, 'call.read', call)
          ? {
              description: previewText(call.description),
              cluster: (call.clusters.find((cluster) => cluster.lead) ?? call.clusters[0])?.slug,
              type: 'article',
            }
          : undefined
      }
    />,
    status,
  );
}

/** The calls for challenges: a list (of one cluster with ?cluster=), and a page per call. */
export const callPages = new Hono<AppEnv>()
  .get('/calls', async (c) => {
    const cluster = c.req.query('cluster')?.slice(0, 60) || undefined;
    const calls = await listCallsFor(c.var.db, c.var.actor, cluster);
    return renderPage(c, <CallListPage page={pageContext(c)} calls={calls} />);
  })
  .get(`/calls/${ID}`, (c) => showCall(c));
