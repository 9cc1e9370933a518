import { Hono } from 'hono';
import { challengePages, loadChallengeWith } from '../../../worker/access/challenges';
import { auditTrailFor } from '../../../worker/access/moderation';
import { idAfter, toPage } from '../../../worker/domain/paging';
import type { AppEnv } from '../../../worker/env';
import { authorize } from '../../../worker/policy/policy';
import { pageContext } from '../../page';
import { AuditPage } from '../../pages/moderation/audit';
import { ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const PAGE_SIZE = 50;

/** A challenge's audit trail, newest first and in words, for the moderators of its cluster; one round trip. */
export const auditPages = new Hono<AppEnv>().get(`/challenges/${ID}/audit`, signedIn, async (c) => {
  const actor = c.var.user;
  const id = c.req.param('id');
  const filter = {
    entity_type: 'challenge',
    entity_id: id,
    limit: PAGE_SIZE + 1,
    before: idAfter(c.req.query('cursor')),
  } as const;
  const [{ row, has_my_solutions }, rows] = await loadChallengeWith(
    c.var.db,
    actor,
    id,
    auditTrailFor(c.var.db, actor, filter),
  );
  authorize(actor, 'challenge.audit', row);
  const { data, next_cursor } = toPage(
    rows,
    PAGE_SIZE,
    (r) => [r.id],
    (r) => r,
  );
  return renderPage(
    c,
    <AuditPage
      page={pageContext(c)}
      challenge={row}
      links={challengePages(actor, row, undefined, Boolean(has_my_solutions))}
      entries={data}
      olderHref={next_cursor ? `/challenges/${id}/audit?cursor=${next_cursor}` : null}
    />,
  );
});
