import { Hono } from 'hono';
import { listCallsFor, loadCall } from '../../../worker/access/calls';
import { listChallengesFor } from '../../../worker/access/challenges';
import type { AppEnv } from '../../../worker/env';
import { pageContext } from '../../page';
import { CallPage } from '../../pages/calls/call';
import { CallListPage } from '../../pages/calls/list';
import { ID } from '../../pipeline/params';
import { renderPage } from '../../render';

/** The calls for challenges: a list, and a page per call with the challenges put into it. */
export const callPages = new Hono<AppEnv>()
  .get('/calls', async (c) => {
    const calls = await listCallsFor(c.var.db, c.var.actor);
    return renderPage(c, <CallListPage page={pageContext(c)} calls={calls} />);
  })
  .get(`/calls/${ID}`, async (c) => {
    const actor = c.var.actor;
    const id = c.req.param('id');
    // The call and its challenges side by side: the list is empty for a call that does not exist.
    const [call, challenges] = await Promise.all([
      loadCall(c.var.db, actor, id),
      listChallengesFor(c.var.db, actor, { call: id, sort: 'deadline', limit: 50 }),
    ]);
    return renderPage(c, <CallPage page={pageContext(c)} call={call} challenges={challenges.data} />);
  });
