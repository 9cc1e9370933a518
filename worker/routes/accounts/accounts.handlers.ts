import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { signingKeys } from '../../auth/keys';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '../../auth/tokens';
import type { User } from '../../domain/accounts/account.schema';
import { loadProfile } from '../../domain/accounts/profile';
import { registerAccount } from '../../domain/accounts/register';
import type { NewSession } from '../../domain/accounts/sessions';
import { signIn, signOut } from '../../domain/accounts/sign-in';
import { hitOrThrow, REGISTRATIONS_PER_CLIENT } from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { CREATED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type { jwks, login, logout, me, register } from './accounts.routes';

/** The session cookie for browsers and an access token for API clients, from one new session. */
async function startSession(c: Context<AppEnv>, user: User, session: NewSession) {
  setSessionCookie(c, session.secret);
  const token = await signAccessToken(c.env, { userId: user.id, sessionId: session.id });
  c.header('Cache-Control', 'no-store');
  return { token, token_type: 'Bearer' as const, expires_in: ACCESS_TOKEN_TTL_SECONDS, user };
}

export const postRegister: RouteHandler<typeof register, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  await hitOrThrow(
    c.var.db,
    { limit: REGISTRATIONS_PER_CLIENT, subject: clientAddress(c) },
    'registrations from your address',
  );
  const { user, session } = await registerAccount(c.var.db, input, c.req.header('user-agent'));
  return c.json(await startSession(c, user, session), CREATED);
};

export const postLogin: RouteHandler<typeof login, AppEnv> = async (c) => {
  const { user, session } = await signIn(c.var.db, c.req.valid('json'), clientAddress(c), c.req.header('user-agent'));
  return c.json(await startSession(c, user, session), OK);
};

export const postLogout: RouteHandler<typeof logout, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'session.end');
  await signOut(c.var.db, actor.sessionId);
  clearSessionCookie(c);
  return c.body(null, NO_CONTENT);
};

export const getMe: RouteHandler<typeof me, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'me.read');
  c.header('Cache-Control', 'private, no-store');
  return c.json(await loadProfile(c.var.db, actor), OK);
};

export const getJwks: RouteHandler<typeof jwks, AppEnv> = async (c) => {
  const { jwks: keys } = await signingKeys(c.env);
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(keys as { keys: { kty: string; kid: string; alg: string }[] }, OK);
};
