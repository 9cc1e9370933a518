import { Hono } from 'hono';
import { NOTIFICATION_KINDS } from '../../../worker/db/enums';
import { DomainError } from '../../../worker/domain/errors';
import { linkId, verifyLink } from '../../../worker/domain/links';
import { ALWAYS_EMAILED, type NotificationKind } from '../../../worker/domain/notifications/kinds';
import { unsubscribe } from '../../../worker/domain/notifications/preferences';
import type { AppEnv } from '../../../worker/env';
import { linkSecret } from '../../../worker/http/link-secret';
import type { Ctx } from '../../ctx';
import { pageContext } from '../../page';
import { UnsubscribePage } from '../../pages/accounts/unsubscribe';
import { renderPage } from '../../render';

type Scope = NotificationKind | 'digest';
const SCOPES: readonly string[] = [...NOTIFICATION_KINDS.filter((k) => !ALWAYS_EMAILED.includes(k)), 'digest'];

/**
 * Checks an unsubscribe link: its scope (a kind, or the digest) and a token signed for that
 * scope and person (web/email/render.tsx). Returns whose emails to stop; 400 otherwise.
 */
async function linkedPerson(c: Ctx): Promise<{ userId: string; scope: Scope }> {
  const scope = c.req.query('scope') ?? '';
  const token = c.req.query('token') ?? '';
  const userId = linkId(token);
  const valid =
    SCOPES.includes(scope) &&
    userId !== null &&
    (await verifyLink(linkSecret(c.env), token, `unsubscribe:${scope}`, userId));
  if (!valid || !userId) {
    throw new DomainError(
      'validation_failed',
      'This unsubscribe link is not one Bedside sent, or it was cut off. Change your emails in your notification settings instead.',
      { errors: [{ path: 'token', message: 'Not an unsubscribe link Bedside sent.' }] },
    );
  }
  return { userId, scope: scope as Scope };
}

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the link in `List-Unsubscribe`; people
 * who open it get a page with one button. The signed link is all the authority it needs, and
 * all it can do is switch emails off; form-csrf lets this one path through for that reason.
 */
export const unsubscribePages = new Hono<AppEnv>()
  .get('/unsubscribe', async (c) => {
    const { scope } = await linkedPerson(c);
    const page = pageContext(c);
    const kind = scope === 'digest' ? null : page.tr.t(`notification.kind.${scope}`);
    const action = `/unsubscribe?${new URLSearchParams({ scope, token: c.req.query('token') ?? '' })}`;
    return renderPage(c, <UnsubscribePage page={page} action={action} kind={kind} done={false} />);
  })
  .post('/unsubscribe', async (c) => {
    const { userId, scope } = await linkedPerson(c);
    await unsubscribe(c.var.db, userId, scope);
    return renderPage(c, <UnsubscribePage page={pageContext(c)} action="" kind={null} done={true} />);
  });
