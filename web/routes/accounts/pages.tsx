import { Hono } from 'hono';
import { clearSessionCookie, setSessionCookie } from '../../../worker/auth/session-cookie';
import { registerAccount } from '../../../worker/domain/accounts/register';
import { signIn, signOut } from '../../../worker/domain/accounts/sign-in';
import { hitOrThrow, REGISTRATIONS_PER_CLIENT } from '../../../worker/domain/rate-limit';
import type { AppEnv } from '../../../worker/env';
import { clientAddress } from '../../../worker/http/client';
import { registerForm, signInForm } from '../../forms/accounts';
import { pageContext } from '../../page';
import { RegisterPage } from '../../pages/accounts/register';
import { SignInPage } from '../../pages/accounts/sign-in';
import { emptyForm, readForm, submitForm } from '../../pipeline/forms';
import { renderPage } from '../../render';

/**
 * Where to go after signing in: a path on this site, never another site. `/\evil.example` and
 * paths with control characters are read by browsers as other hosts, so only a plain path passes.
 */
function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || /[\\\p{Cc}]/u.test(next)) return '/me';
  const base = 'https://bedside.invalid';
  const url = new URL(next, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/me';
}

export const accountPages = new Hono<AppEnv>()
  .get('/signin', (c) => {
    const page = pageContext(c);
    const done: string | undefined = c.req.query('done');
    const notice =
      done === 'reset'
        ? page.tr.t('signin.reset_done')
        : done === 'signed_out'
          ? page.tr.t('signin.signed_out_everywhere')
          : c.req.query('session') === 'ended'
            ? page.tr.t('signin.session_ended')
            : undefined;
    return renderPage(
      c,
      <SignInPage page={page} form={emptyForm()} next={safeNext(c.req.query('next'))} notice={notice} />,
    );
  })
  .post('/signin', async (c) => {
    // Read before the pipeline reads the body, so a failed sign-in keeps where to go afterwards.
    const next = safeNext((await readForm(c)).next);
    return submitForm(c, signInForm, {
      run: async (credentials) => {
        const { session } = await signIn(c.var.db, credentials, clientAddress(c), c.req.header('user-agent'));
        setSessionCookie(c, session.secret);
        return c.redirect(next, 303);
      },
      rerender: (form) => renderPage(c, <SignInPage page={pageContext(c)} form={form} next={next} />, 400),
      wholeForm: true,
    });
  })
  // An invitation link may send people here with the invited address filled in.
  .get('/register', (c) =>
    renderPage(c, <RegisterPage page={pageContext(c)} form={emptyForm({ email: c.req.query('email') ?? '' })} />),
  )
  .post('/register', (c) =>
    submitForm(c, registerForm, {
      run: async (input) => {
        const limit = { limit: REGISTRATIONS_PER_CLIENT, subject: clientAddress(c) };
        await hitOrThrow(c.var.db, limit, 'registrations from your address');
        const { session } = await registerAccount(c.var.db, input, c.req.header('user-agent'));
        setSessionCookie(c, session.secret);
        return c.redirect('/me?welcome=1', 303);
      },
      rerender: (form) => renderPage(c, <RegisterPage page={pageContext(c)} form={form} />, 400),
      wholeForm: true,
    }),
  )
  .post('/signout', async (c) => {
    const actor = c.var.actor;
    if (actor.type === 'user') await signOut(c.var.db, actor.sessionId);
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });
