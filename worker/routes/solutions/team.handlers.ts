import type { RouteHandler } from '@hono/zod-openapi';
import { loadSolution, loadTeam } from '../../access/solutions';
import { hitAllOrThrow, inviteLimits } from '../../domain/rate-limit';
import { handOver, inviteToTeam, removeMember } from '../../domain/solutions/team';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import type * as routes from './team.routes';

/** The same answer whatever the address: it must not tell who has an account. */
const SENT = { status: 'sent' as const, detail: 'The invitation is on its way to this address.' };

export const get: RouteHandler<typeof routes.getTeam, AppEnv> = async (c) => {
  const { team } = await loadTeam(c.var.db, c.var.actor, c.req.valid('param').id);
  c.header('Cache-Control', 'private, no-store');
  return c.json(team, OK);
};

export const invite: RouteHandler<typeof routes.inviteMember, AppEnv> = async (c) => {
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, c.req.valid('param').id, 'team.manage');
  const input = c.req.valid('json');
  await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), input.email), 'invitations');
  await inviteToTeam(c.var.db, actor, record, input);
  return c.json(SENT, ACCEPTED);
};

/** The submitter removes a member; a member removes themselves (leaves). */
export const remove: RouteHandler<typeof routes.removeMember, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const leaving = c.var.actor.type === 'user' && c.var.actor.id === userId;
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, leaving ? 'team.leave' : 'team.manage');
  await removeMember(c.var.db, actor, record, userId);
  return c.body(null, NO_CONTENT);
};

export const patch: RouteHandler<typeof routes.patchMember, AppEnv> = async (c) => {
  const { id, userId } = c.req.valid('param');
  const { record, actor } = await loadSolution(c.var.db, c.var.actor, id, 'team.manage');
  await handOver(c.var.db, actor, record, userId);
  return c.json({ submitter_id: userId }, OK);
};
