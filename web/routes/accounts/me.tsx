import { Hono } from 'hono';
import { acceptFor } from '../../../worker/access/invitations';
import { myMatchesQuery } from '../../../worker/access/matches';
import { inModeratedClusters } from '../../../worker/access/scopes';
import { dashboard } from '../../../worker/domain/accounts/dashboard';
import { sendConfirmation } from '../../../worker/domain/accounts/verification';
import type { SignedIn } from '../../../worker/domain/actor';
import { DomainError } from '../../../worker/domain/errors';
import { ownInvitation } from '../../../worker/domain/invitations/invitations';
import { toSeekerMatches } from '../../../worker/domain/matches/read';
import { hitAllOrThrow, verificationLimits } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { CONFIRM_FIRST } from '../../../worker/policy/decisions';
import { authorizeUser, can, decide } from '../../../worker/policy/policy';
import type { Ctx } from '../../ctx';
import { buttonForm } from '../../forms/dashboard';
import { pageContext } from '../../page';
import { MePage } from '../../pages/accounts/me';
import { submitForm } from '../../pipeline/forms';
import { INVITATION_ID } from '../../pipeline/params';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';
import { redirectToSeat } from '../invitations/seat';

/**
 * A clinician who has posted nothing yet is offered their first challenge: at once when the policy
 * lets them post, with a word on what comes first when only their unconfirmed address stands in the way.
 */
function firstChallenge(actor: SignedIn, challenges: number): 'post' | 'after_confirming' | undefined {
  if (challenges > 0) return undefined;
  const decision = decide(actor, 'challenge.create');
  if (decision.allow) return 'post';
  return decision.reason === CONFIRM_FIRST ? 'after_confirming' : undefined;
}

/** How many suggested challenges the page shows (read in its one batch); the API gives more (`?limit=`). */
const SUGGESTED_ON_ME = 5;

/** My page: what needs me now, then my challenges, solutions and jury seats; one round trip. */
async function showMe(c: Ctx, actor: SignedIn, error?: string, status: 200 | 429 = 200) {
  const data = await dashboard(c.var.db, actor, {
    moderated: can(actor, 'moderation.queue') ? (column) => inModeratedClusters(actor, column) : undefined,
    invitations: can(actor, 'invitation.accept'),
    matches: myMatchesQuery(c.var.db, actor),
  });
  const page = pageContext(c);
  const done: string | undefined = c.req.query('done');
  const notice =
    done === 'sent'
      ? page.tr.t('dashboard.confirm.sent', { email: actor.email })
      : done === 'joined'
        ? page.tr.t('dashboard.joined')
        : undefined;
  return renderPage(
    c,
    <MePage
      page={page}
      data={data}
      account={{ email: actor.email, emailConfirmed: actor.emailConfirmed, unread: actor.unread }}
      welcome={c.req.query('welcome') === '1'}
      firstChallenge={firstChallenge(actor, data.challenges.length)}
      notice={notice}
      error={error}
      matches={{ organization: null, ...toSeekerMatches(data.suggestions, SUGGESTED_ON_ME, page.tr.locale) }}
    />,
    status,
  );
}

export const mePages = new Hono<AppEnv>()
  .get('/me', signedIn, (c) => showMe(c, c.var.user))
  // The confirmation link again, limited per account and per client; too many is said on the page.
  .post('/me/verification', signedIn, (c) =>
    submitForm(c, buttonForm, {
      run: async () => {
        const actor = c.var.user;
        try {
          await hitAllOrThrow(c.var.db, verificationLimits(actor.id, clientAddress(c)), 'confirmation emails');
        } catch (err) {
          if (!(err instanceof DomainError) || err.code !== 'rate_limited') throw err;
          const seconds = err.retryAfterSeconds ?? 60;
          c.header('Retry-After', String(seconds));
          const minutes = String(Math.max(1, Math.ceil(seconds / 60)));
          return showMe(c, actor, pageContext(c).tr.t('dashboard.confirm.limited', { minutes }), 429);
        }
        await sendConfirmation(c.var.db, actor);
        return c.redirect('/me?done=sent', 303);
      },
      rerender: () => c.redirect('/me', 303),
    }),
  )
  // An invitation to this (confirmed) address, accepted without the emailed link: the address is the proof.
  .post(`/me/invitations/${INVITATION_ID}/accept`, signedIn, async (c) => {
    const actor = authorizeUser(c.var.user, 'invitation.accept');
    const invitation = await ownInvitation(c.var.db, actor, c.req.param('invitationId'));
    return submitForm(c, buttonForm, {
      run: async () => {
        return redirectToSeat(c, actor, await acceptFor(c.var.db, actor, invitation));
      },
      rerender: () => c.redirect('/me', 303),
    });
  });
