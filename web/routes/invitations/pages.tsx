import { Hono } from 'hono';
import { acceptFor } from '../../../worker/access/invitations';
import { openInvitationPage } from '../../../worker/domain/invitations/accept-page';
import { openInvitation } from '../../../worker/domain/invitations/invitations';
import { hitAllOrThrow, linkCheckLimits } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { linkSecret } from '../../../worker/http/link-secret';
import { authorizeUser } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { tokenForm } from '../../forms/accounts';
import { pageContext } from '../../page';
import { AcceptInvitationPage, type Visitor } from '../../pages/invitations/accept';
import { submitForm } from '../../pipeline/forms';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { redirectToSeat } from './seat';

/** What this visitor has to do before they can accept an invitation to `email`. */
function visitorOf(c: Ctx, email: string): Visitor {
  const actor = c.var.actor;
  if (actor.type !== 'user') return { kind: 'anonymous' };
  if (actor.email !== email) return { kind: 'other', current: actor.email };
  return actor.emailConfirmed ? { kind: 'addressee' } : { kind: 'unconfirmed' };
}

/** The page an invitation link opens, and accepting it (a button: link scanners must not accept). */
export const invitationPages = new Hono<AppEnv>()
  .get('/invitations/accept', async (c) => {
    const token = c.req.query('token') ?? '';
    const { invitation, title, inviter } = await openInvitationPage(
      c.var.db,
      linkSecret(c.env),
      token,
      linkCheckLimits(clientAddress(c)),
    );
    return renderPage(
      c,
      <AcceptInvitationPage
        page={pageContext(c)}
        token={token}
        seat={invitation.kind}
        title={title}
        inviter={inviter}
        email={invitation.email}
        expiresAt={invitation.expires_at}
        visitor={visitorOf(c, invitation.email)}
      />,
    );
  })
  .post('/invitations/accept', signedIn, (c) =>
    submitForm(c, tokenForm, {
      run: async ({ token }) => {
        const actor = authorizeUser(c.var.user, 'invitation.accept');
        await hitAllOrThrow(c.var.db, linkCheckLimits(clientAddress(c)), 'link checks');
        const invitation = await openInvitation(c.var.db, linkSecret(c.env), token);
        return redirectToSeat(c, actor, await acceptFor(c.var.db, actor, invitation));
      },
      rerender: () => c.redirect('/me', 303),
    }),
  );
