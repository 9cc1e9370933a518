import { Hono } from 'hono';
import { clearSessionCookie } from '../../../worker/auth/session-cookie';
import { changePassword, requestEmailChange, signOutEverywhere } from '../../../worker/domain/accounts/credentials';
import { openLink } from '../../../worker/domain/accounts/email-links';
import { resetPassword } from '../../../worker/domain/accounts/password-reset';
import { confirmAddress } from '../../../worker/domain/accounts/verification';
import {
  emailChangeLimits,
  hitAllOrThrow,
  linkCheckLimits,
  passwordChangeLimits,
  resetLimits,
} from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { linkSecret } from '../../../worker/http/link-secret';
import { enqueue } from '../../../worker/queue/producer';
import type { Ctx } from '../../ctx';
import { changeEmailForm, changePasswordForm, forgotForm, resetForm, tokenForm } from '../../forms/accounts';
import { confirmForm } from '../../forms/solutions';
import { pageContext } from '../../page';
import { ConfirmEmailPage, EmailConfirmedPage } from '../../pages/accounts/confirm-email';
import { ForgotPasswordPage, ResetPasswordPage } from '../../pages/accounts/password';
import { AccountSettingsPage } from '../../pages/accounts/settings';
import { emptyForm, type FormState, submitForm } from '../../pipeline/forms';
import { signedIn } from '../../pipeline/signed-in';
import { renderPage } from '../../render';

const linkChecks = (c: Ctx) => hitAllOrThrow(c.var.db, linkCheckLimits(clientAddress(c)), 'link checks');

const DONE = ['email', 'password'] as const;

/** The settings page with its two forms (either may come back with what was typed and what is wrong). */
function settingsPage(c: Ctx, forms: { email?: FormState; password?: FormState } = {}, status: 200 | 400 = 200) {
  const page = pageContext(c);
  const actor = c.var.actor;
  if (actor.type !== 'user') throw new Error('settingsPage behind signedIn');
  const done: string | undefined = c.req.query('done');
  const notice =
    done === 'email'
      ? page.tr.t('settings.email_sent', { email: c.req.query('to') ?? '' })
      : done === 'password'
        ? page.tr.t('settings.password_changed')
        : undefined;
  return renderPage(
    c,
    <AccountSettingsPage
      page={page}
      email={actor.email}
      confirmed={actor.emailConfirmed}
      emailForm={forms.email ?? emptyForm()}
      passwordForm={forms.password ?? emptyForm()}
      notice={DONE.some((d) => d === done) ? notice : undefined}
    />,
    status,
  );
}

/**
 * Links that arrive by email (confirm an address, reset a password) and the account's own
 * settings. Links open a page with a button: a mail scanner that opens them must not use them up.
 */
export const credentialPages = new Hono<AppEnv>()
  .get('/confirm-email', async (c) => {
    await linkChecks(c);
    const token = c.req.query('token') ?? '';
    const link = await openLink(c.var.db, linkSecret(c.env), token, ['confirm_email', 'change_email']);
    const change = link.purpose === 'change_email';
    const actor = c.var.actor;
    // A new address is confirmed only from the account that asked for it (see confirmAddress).
    const signInFirst = change && (actor.type !== 'user' || actor.id !== link.user_id);
    return renderPage(
      c,
      <ConfirmEmailPage
        page={pageContext(c)}
        token={token}
        email={link.email}
        change={change}
        signInHref={
          signInFirst
            ? `/signin?next=${encodeURIComponent(`/confirm-email?token=${encodeURIComponent(token)}`)}`
            : undefined
        }
        form={emptyForm()}
      />,
    );
  })
  .post('/confirm-email', (c) =>
    submitForm(c, tokenForm, {
      run: async ({ token }) => {
        await linkChecks(c);
        const signedInAs = c.var.actor.type === 'user' ? c.var.actor.id : null;
        const { email } = await confirmAddress(c.var.db, linkSecret(c.env), token, signedInAs);
        return c.redirect(`/confirm-email/done?email=${encodeURIComponent(email)}`, 303);
      },
      rerender: () => c.redirect('/confirm-email', 303),
    }),
  )
  .get('/confirm-email/done', (c) =>
    renderPage(c, <EmailConfirmedPage page={pageContext(c)} email={c.req.query('email') ?? ''} />),
  )
  .get('/forgot-password', (c) => renderPage(c, <ForgotPasswordPage page={pageContext(c)} form={emptyForm()} />))
  .post('/forgot-password', (c) =>
    submitForm(c, forgotForm, {
      // The same answer, after the same work, for every address: the queue sends the link, if any.
      run: async ({ email }) => {
        await hitAllOrThrow(c.var.db, resetLimits(email, clientAddress(c)), 'reset requests');
        await enqueue(c.env, [{ type: 'password_reset', email }]);
        return renderPage(c, <ForgotPasswordPage page={pageContext(c)} form={emptyForm()} sentTo={email} />);
      },
      rerender: (form) => renderPage(c, <ForgotPasswordPage page={pageContext(c)} form={form} />, 400),
      wholeForm: true,
    }),
  )
  .get('/reset-password', async (c) => {
    await linkChecks(c);
    const token = c.req.query('token') ?? '';
    await openLink(c.var.db, linkSecret(c.env), token, ['reset_password']);
    return renderPage(c, <ResetPasswordPage page={pageContext(c)} form={emptyForm()} token={token} />);
  })
  .post('/reset-password', (c) =>
    submitForm(c, resetForm, {
      run: async ({ token, password }) => {
        await linkChecks(c);
        await resetPassword(c.var.db, linkSecret(c.env), token, password);
        clearSessionCookie(c);
        return c.redirect('/signin?done=reset', 303);
      },
      rerender: async (form) =>
        renderPage(c, <ResetPasswordPage page={pageContext(c)} form={form} token={form.values.token ?? ''} />, 400),
      wholeForm: true,
    }),
  )
  .get('/me/account', signedIn, (c) => settingsPage(c))
  .post('/me/account/email', signedIn, (c) =>
    submitForm(c, changeEmailForm, {
      run: async ({ email, current_password }) => {
        const actor = c.var.user;
        await hitAllOrThrow(c.var.db, emailChangeLimits(actor.id, clientAddress(c)), 'address changes');
        await requestEmailChange(c.var.db, actor, email, current_password);
        return c.redirect(`/me/account?done=email&to=${encodeURIComponent(email)}`, 303);
      },
      rerender: (form) => settingsPage(c, { email: form }, 400),
      wholeForm: true,
    }),
  )
  .post('/me/account/password', signedIn, (c) =>
    submitForm(c, changePasswordForm, {
      run: async ({ current_password, password }) => {
        const actor = c.var.user;
        await hitAllOrThrow(c.var.db, passwordChangeLimits(actor.id, clientAddress(c)), 'password changes');
        await changePassword(c.var.db, actor, current_password, password);
        return c.redirect('/me/account?done=password', 303);
      },
      rerender: (form) => settingsPage(c, { password: form }, 400),
      wholeForm: true,
    }),
  )
  .post('/me/account/sign-out-everywhere', signedIn, (c) =>
    submitForm(c, confirmForm, {
      run: async () => {
        await signOutEverywhere(c.var.db, c.var.user);
        clearSessionCookie(c);
        return c.redirect('/signin?done=signed_out', 303);
      },
      rerender: () => c.redirect('/me/account', 303),
    }),
  );
