import { Hono } from 'hono';
import { outboxByStatus } from '../../../worker/domain/email/outbox';
import { DomainError } from '../../../worker/domain/errors';
import { idAfter, toPage } from '../../../worker/domain/paging';
import type { AppEnv } from '../../../worker/env';
import { authorizeUser } from '../../../worker/policy/policy';
import { emailFilter } from '../../forms/dashboard';
import { pageContext } from '../../page';
import { EmailsPage } from '../../pages/admin/emails';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const PAGE_SIZE = 50;

/** What admins look after: undelivered email. */
export const adminPages = new Hono<AppEnv>().get('/admin/emails', signedIn, async (c) => {
  authorizeUser(c.var.user, 'emails.read');
  const query = emailFilter.safeParse({ status: c.req.query('status') || undefined, cursor: c.req.query('cursor') });
  if (!query.success) {
    throw new DomainError('validation_failed', 'Choose a delivery state: failed, pending, sending or sent.', {
      errors: [{ path: 'status', message: 'Unknown delivery state.' }],
    });
  }
  const { status, cursor } = query.data;
  const rows = await outboxByStatus(c.var.db, status, PAGE_SIZE + 1, idAfter(cursor));
  const { data, next_cursor } = toPage(
    rows,
    PAGE_SIZE,
    (r) => [r.id],
    (r) => r,
  );
  const res = await renderPage(
    c,
    <EmailsPage
      page={pageContext(c)}
      status={status}
      messages={data}
      nextHref={next_cursor ? `/admin/emails?status=${status}&cursor=${next_cursor}` : null}
    />,
  );
  // Addresses and errors of other people's mail: not even the browser keeps a copy.
  res.headers.set('Cache-Control', 'private, no-store');
  return res;
});
