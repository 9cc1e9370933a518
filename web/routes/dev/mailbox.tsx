import { Hono } from 'hono';
import { outboxMessage, recentOutbox } from '../../../worker/domain/email/outbox';
import { idAfter, toPage } from '../../../worker/domain/paging';
import type { AppEnv, Bindings } from '../../../worker/env';
import { linkSecret } from '../../../worker/http/link-secret';
import { notFoundProblem } from '../../../worker/http/on-error';
import type { Ctx } from '../../ctx';
import { renderEmail } from '../../email/render';
import { pageContext } from '../../page';
import { MailboxMessagePage, MailboxPage } from '../../pages/dev/mailbox';
import { ID } from '../../pipeline/params';
import { renderPage } from '../../render';

const PAGE_SIZE = 50;

/** The mailbox exists where `npm start` switched it on; anywhere else it is an unknown address. */
function assertDevelopment(c: Ctx) {
  if (c.env.DEV_MAILBOX !== 'on') throw notFoundProblem(c);
}

/** Renders a message exactly as the queue consumer sends it (nothing rendered is stored). */
const render = (env: Bindings, message: Parameters<typeof renderEmail>[0]) =>
  renderEmail(message, { origin: env.PUBLIC_ORIGIN, secret: linkSecret(env) });

const toRender = (m: NonNullable<Awaited<ReturnType<typeof outboxMessage>>>) => ({
  kind: m.kind,
  params: m.params,
  language: m.language,
  to: m.to_email,
  user_id: m.user_id,
});

/**
 * The development mailbox, like Phoenix's /dev/mailbox or letter_opener: every email the local
 * Worker wrote (its D1 outbox), newest first, each on its own page with both parts and
 * clickable links. `wrangler dev` only simulates sending, so this is where emails are read.
 */
export const mailboxPages = new Hono<AppEnv>()
  .get('/dev/mailbox', async (c) => {
    assertDevelopment(c);
    const rows = await recentOutbox(c.var.db, PAGE_SIZE + 1, idAfter(c.req.query('cursor')));
    const { data, next_cursor } = toPage(
      rows,
      PAGE_SIZE,
      (r) => [r.id],
      (r) => r,
    );
    const messages = await Promise.all(
      data.map(async (m) => ({ ...m, subject: (await render(c.env, toRender(m))).subject })),
    );
    const next = next_cursor ? `/dev/mailbox?cursor=${next_cursor}` : null;
    return renderPage(c, <MailboxPage page={pageContext(c)} messages={messages} nextHref={next} />);
  })
  .get(`/dev/mailbox/${ID}`, async (c) => {
    assertDevelopment(c);
    const message = await outboxMessage(c.var.db, c.req.param('id'));
    if (!message) throw notFoundProblem(c);
    const email = await render(c.env, toRender(message));
    return renderPage(c, <MailboxMessagePage page={pageContext(c)} message={message} email={email} />);
  })
  .get(`/dev/mailbox/${ID}/html`, async (c) => {
    assertDevelopment(c);
    const message = await outboxMessage(c.var.db, c.req.param('id'));
    if (!message) throw notFoundProblem(c);
    c.header('Cache-Control', 'no-store');
    return c.html((await render(c.env, toRender(message))).html);
  });
