import { Hono } from 'hono';
import { hitOrThrow, REGISTRATIONS_PER_CLIENT } from '../../worker/auth/rate-limit';
import { clearSessionCookie, setSessionCookie } from '../../worker/auth/session-cookie';
import { LoginInputSchema, RegisterInputSchema } from '../../worker/domain/accounts/account.schema';
import { dashboard } from '../../worker/domain/accounts/dashboard';
import { registerAccount } from '../../worker/domain/accounts/register';
import { signIn, signOut } from '../../worker/domain/accounts/sign-in';
import type { AppEnv } from '../../worker/env';
import { clientAddress } from '../../worker/http/client';
import { emptyForm, type FormState, problemToForm, readForm, validate } from '../forms';
import { pageContext } from '../page';
import { MePage } from '../pages/me';
import { RegisterPage } from '../pages/register';
import { SignInPage } from '../pages/sign-in';
import { renderPage } from '../render';
import { signInFirst } from './sign-in-first';

/** Only local paths, so a crafted `next` cannot send people to another site after signing in. */
const safeNext = (next: string | undefined) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/me');

/** The register form's flat fields as the API's nested input (an empty organization is none). */
function registerInput(values: Record<string, string>) {
  const org = {
    name: values['organization.name']?.trim() ?? '',
    kind: values['organization.kind'] ?? '',
    country: values['organization.country'] ?? '',
  };
  const hasOrg = org.name !== '' || org.kind !== '' || org.country !== '';
  return {
    name: values.name,
    email: values.email,
    password: values.password,
    kind: values.kind,
    ...(hasOrg ? { organization: org } : {}),
  };
}

export const accountPages = new Hono<AppEnv>()
  .get('/signin', (c) =>
    renderPage(c, <SignInPage page={pageContext(c)} form={emptyForm()} next={safeNext(c.req.query('next'))} />),
  )
  .post('/signin', async (c) => {
    const page = pageContext(c);
    const values = await readForm(c);
    const next = safeNext(values.next);
    const parsed = validate(LoginInputSchema, { email: values.email, password: values.password }, page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        const { session } = await signIn(c.var.db, parsed.data, clientAddress(c), c.req.header('user-agent'));
        setSessionCookie(c, session.secret);
        return c.redirect(next, 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    return renderPage(c, <SignInPage page={page} form={form} next={next} />, 400);
  })
  .get('/register', (c) => renderPage(c, <RegisterPage page={pageContext(c)} form={emptyForm()} />))
  .post('/register', async (c) => {
    const page = pageContext(c);
    const values = await readForm(c);
    const parsed = validate(RegisterInputSchema, registerInput(values), page.tr.locale);
    let form: FormState = parsed.ok ? emptyForm(values) : { values, errors: parsed.errors };
    if (parsed.ok) {
      try {
        await hitOrThrow(
          c.var.db,
          { limit: REGISTRATIONS_PER_CLIENT, subject: clientAddress(c) },
          'registrations from your address',
        );
        const { session } = await registerAccount(c.var.db, parsed.data, c.req.header('user-agent'));
        setSessionCookie(c, session.secret);
        return c.redirect('/me?welcome=1', 303);
      } catch (err) {
        form = problemToForm(err, values);
      }
    }
    return renderPage(c, <RegisterPage page={page} form={form} />, 400);
  })
  .get('/me', async (c) => {
    const actor = c.var.actor;
    if (actor.type !== 'user') return signInFirst(c);
    const data = await dashboard(c.var.db, actor);
    return renderPage(c, <MePage page={pageContext(c)} data={data} welcome={c.req.query('welcome') === '1'} />);
  })
  .post('/signout', async (c) => {
    const actor = c.var.actor;
    if (actor.type === 'user') await signOut(c.var.db, actor.sessionId);
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });
