import type { RouteHandler } from '@hono/zod-openapi';
import { clearSessionCookie } from '../../auth/session-cookie';
import { deleteAccount } from '../../domain/accounts/deletion';
import { hitAllOrThrow, passwordChangeLimits } from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { NO_CONTENT } from '../../http/status';
import { requireUser } from '../../policy/policy';
import type * as routes from './deletion.routes';

/** Limited like a password change: it checks the password, so it must not become a way to guess it. */
export const postDeletion: RouteHandler<typeof routes.deleteAccount, AppEnv> = async (c) => {
  const actor = requireUser(c.var.actor, 'delete your account');
  await hitAllOrThrow(c.var.db, passwordChangeLimits(actor.id, clientAddress(c)), 'password checks');
  await deleteAccount(c.var.db, actor, c.req.valid('json').password);
  clearSessionCookie(c);
  return c.body(null, NO_CONTENT);
};
