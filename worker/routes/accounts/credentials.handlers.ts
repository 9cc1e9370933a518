import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { clearSessionCookie } from '../../auth/session-cookie';
import { changePassword, requestEmailChange, signOutEverywhere } from '../../domain/accounts/credentials';
import { resetPassword } from '../../domain/accounts/password-reset';
import { confirmAddress, sendConfirmation } from '../../domain/accounts/verification';
import {
  type Counter,
  EMAIL_CHANGES_PER_ACCOUNT,
  hitAllOrThrow,
  LINKS_PER_CLIENT,
  PASSWORD_CHANGES_PER_ACCOUNT,
  PASSWORD_CHANGES_PER_CLIENT,
  RESETS_PER_ADDRESS,
  RESETS_PER_CLIENT,
  VERIFICATIONS_PER_ACCOUNT,
  VERIFICATIONS_PER_CLIENT,
} from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import { requireUser } from '../../policy/policy';
import { enqueue } from '../../queue/producer';
import type * as routes from './credentials.routes';

const limit = (c: Context<AppEnv>, counters: Counter[], what: string) => hitAllOrThrow(c.var.db, counters, what);
const byClient = (c: Context<AppEnv>, limit: Counter['limit']): Counter => ({ limit, subject: clientAddress(c) });

/** A link's secret is needed to sign and check emailed links; without it nothing can be confirmed. */
function linkSecret(c: Context<AppEnv>): string {
  const secret = c.env.LINK_SECRET;
  if (!secret) throw new Error('LINK_SECRET is not set: emailed links cannot be checked.');
  return secret;
}

const sent = (detail: string) => ({ status: 'sent' as const, detail });

export const postVerification: RouteHandler<typeof routes.sendVerification, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'confirm your address');
  await limit(
    c,
    [{ limit: VERIFICATIONS_PER_ACCOUNT, subject: actor.id }, byClient(c, VERIFICATIONS_PER_CLIENT)],
    'confirmation emails',
  );
  await sendConfirmation(c.var.db, actor);
  return c.json(sent(`A confirmation link is on its way to ${actor.email}.`), ACCEPTED);
};

export const postVerificationConfirm: RouteHandler<typeof routes.confirmVerification, AppEnv> = async (c) => {
  await limit(c, [byClient(c, LINKS_PER_CLIENT)], 'link checks');
  const { email } = await confirmAddress(c.var.db, linkSecret(c), c.req.valid('json').token);
  c.header('Cache-Control', 'no-store');
  return c.json({ email, email_confirmed: true as const }, OK);
};

/**
 * Always the same answer, after the same work: the link itself is sent by the queue, where
 * whether the account exists makes no difference to anyone's clock.
 */
export const postPasswordReset: RouteHandler<typeof routes.requestPasswordReset, AppEnv> = async (c) => {
  const { email } = c.req.valid('json');
  await limit(c, [{ limit: RESETS_PER_ADDRESS, subject: email }, byClient(c, RESETS_PER_CLIENT)], 'reset requests');
  await enqueue(c.env, [{ type: 'password_reset', email }]);
  return c.json(sent('If an account uses this address, a link to reset its password is on its way.'), ACCEPTED);
};

export const postPasswordResetConfirm: RouteHandler<typeof routes.resetPassword, AppEnv> = async (c) => {
  await limit(c, [byClient(c, LINKS_PER_CLIENT)], 'link checks');
  const { token, password } = c.req.valid('json');
  await resetPassword(c.var.db, linkSecret(c), token, password);
  return c.body(null, NO_CONTENT);
};

export const postPassword: RouteHandler<typeof routes.changePassword, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'change your password');
  await limit(
    c,
    [{ limit: PASSWORD_CHANGES_PER_ACCOUNT, subject: actor.id }, byClient(c, PASSWORD_CHANGES_PER_CLIENT)],
    'password changes',
  );
  const { current_password, password } = c.req.valid('json');
  await changePassword(c.var.db, actor, current_password, password);
  return c.body(null, NO_CONTENT);
};

export const postRevokeAll: RouteHandler<typeof routes.revokeAllSessions, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'sign out everywhere');
  await signOutEverywhere(c.var.db, actor);
  clearSessionCookie(c);
  return c.body(null, NO_CONTENT);
};

export const postEmail: RouteHandler<typeof routes.changeEmail, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'change your email address');
  await limit(
    c,
    [{ limit: EMAIL_CHANGES_PER_ACCOUNT, subject: actor.id }, byClient(c, PASSWORD_CHANGES_PER_CLIENT)],
    'address changes',
  );
  const { email, current_password } = c.req.valid('json');
  await requestEmailChange(c.var.db, actor, email, current_password);
  return c.json(sent(`If no other account uses ${email}, a link to confirm it is on its way there.`), ACCEPTED);
};
