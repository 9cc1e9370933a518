import type { RouteHandler } from '@hono/zod-openapi';
import { clearSessionCookie } from '../../auth/session-cookie';
import { changePassword, requestEmailChange, signOutEverywhere } from '../../domain/accounts/credentials';
import { resetPassword } from '../../domain/accounts/password-reset';
import { confirmAddress, sendConfirmation } from '../../domain/accounts/verification';
import {
  emailChangeLimits,
  hitAllOrThrow,
  linkCheckLimits,
  passwordChangeLimits,
  resetLimits,
  verificationLimits,
} from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { linkSecret } from '../../http/link-secret';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import { requireUser } from '../../policy/policy';
import { enqueue } from '../../queue/producer';
import type * as routes from './credentials.routes';

const sent = (detail: string) => ({ status: 'sent' as const, detail });

export const postVerification: RouteHandler<typeof routes.sendVerification, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'confirm your address');
  await hitAllOrThrow(c.var.db, verificationLimits(actor.id, clientAddress(c)), 'confirmation emails');
  await sendConfirmation(c.var.db, actor);
  return c.json(sent(`A confirmation link is on its way to ${actor.email}.`), ACCEPTED);
};

export const postVerificationConfirm: RouteHandler<typeof routes.confirmVerification, AppEnv> = async (c) => {
  await hitAllOrThrow(c.var.db, linkCheckLimits(clientAddress(c)), 'link checks');
  const signedInAs = c.var.actor.type === 'user' ? c.var.actor.id : null;
  const { email } = await confirmAddress(c.var.db, linkSecret(c.env), c.req.valid('json').token, signedInAs);
  c.header('Cache-Control', 'no-store');
  return c.json({ email, email_confirmed: true as const }, OK);
};

/**
 * Always the same answer, after the same work: the link itself is sent by the queue, where
 * whether the account exists makes no difference to anyone's clock.
 */
export const postPasswordReset: RouteHandler<typeof routes.requestPasswordReset, AppEnv> = async (c) => {
  const { email } = c.req.valid('json');
  await hitAllOrThrow(c.var.db, resetLimits(email, clientAddress(c)), 'reset requests');
  await enqueue(c.env, [{ type: 'password_reset', email }]);
  return c.json(sent('If an account uses this address, a link to reset its password is on its way.'), ACCEPTED);
};

export const postPasswordResetConfirm: RouteHandler<typeof routes.resetPassword, AppEnv> = async (c) => {
  await hitAllOrThrow(c.var.db, linkCheckLimits(clientAddress(c)), 'link checks');
  const { token, password } = c.req.valid('json');
  await resetPassword(c.var.db, linkSecret(c.env), token, password);
  return c.body(null, NO_CONTENT);
};

export const postPassword: RouteHandler<typeof routes.changePassword, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'change your password');
  await hitAllOrThrow(c.var.db, passwordChangeLimits(actor.id, clientAddress(c)), 'password changes');
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
  await hitAllOrThrow(c.var.db, emailChangeLimits(actor.id, clientAddress(c)), 'address changes');
  const { email, current_password } = c.req.valid('json');
  await requestEmailChange(c.var.db, actor, email, current_password);
  return c.json(sent(`If no other account uses ${email}, a link to confirm it is on its way there.`), ACCEPTED);
};
