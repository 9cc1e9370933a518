import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadChallengeFor } from '../../access/challenges';
import { acceptFor, loadInvitationFor } from '../../access/invitations';
import { getCluster } from '../../domain/clusters/list';
import { DomainError } from '../../domain/errors';
import { juryStage } from '../../domain/evaluation/jury';
import {
  invite,
  inviteToJury,
  listInvitations,
  moderatorTarget,
  openInvitation,
  revokeInvitation as revoke,
} from '../../domain/invitations/invitations';
import { hitAllOrThrow, inviteLimits, linkCheckLimits } from '../../domain/rate-limit';
import type { AppEnv } from '../../env';
import { clientAddress } from '../../http/client';
import { linkSecret } from '../../http/link-secret';
import { ACCEPTED, NO_CONTENT, OK } from '../../http/status';
import { authorizeUser } from '../../policy/policy';
import type * as routes from './invitations.routes';

/** The same answer whatever the address: it must not tell who has an account. */
const SENT = { status: 'sent' as const, detail: 'The invitation is on its way to this address.' };

export const postJury: RouteHandler<typeof routes.inviteJuror, AppEnv> = async (c) => {
  const { record, actor } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'jury.manage');
  const { email, language, stage } = c.req.valid('json');
  await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), email), 'invitations');
  await inviteToJury(c.var.db, actor, record, email, language ?? actor.locale ?? 'en', stage);
  return c.json(SENT, ACCEPTED);
};

export const getJury: RouteHandler<typeof routes.listJuryInvitations, AppEnv> = async (c) => {
  const { record } = await loadChallengeFor(c.var.db, c.var.actor, c.req.valid('param').id, 'jury.manage');
  c.header('Cache-Control', 'private, no-store');
  const stage = c.req.valid('query').stage;
  const data = await listInvitations(
    c.var.db,
    'jury',
    record.row.id,
    stage && (await juryStage(c.var.db, record, stage)),
  );
  return c.json({ data }, OK);
};

async function adminCluster(c: Context<AppEnv>, slug: string) {
  const actor = authorizeUser(c.var.actor, 'cluster.moderators.manage');
  const cluster = await getCluster(c.var.db, slug);
  if (!cluster) throw new DomainError('not_found', `There is no cluster '${slug}'.`);
  return { actor, cluster };
}

export const postModerator: RouteHandler<typeof routes.inviteModerator, AppEnv> = async (c) => {
  const { actor, cluster } = await adminCluster(c, c.req.valid('param').slug);
  const { email, language } = c.req.valid('json');
  await hitAllOrThrow(c.var.db, inviteLimits(actor.id, clientAddress(c), email), 'invitations');
  await invite(c.var.db, actor, moderatorTarget(cluster), email, language ?? actor.locale ?? 'en');
  return c.json(SENT, ACCEPTED);
};

export const getModerators: RouteHandler<typeof routes.listModeratorInvitations, AppEnv> = async (c) => {
  const { cluster } = await adminCluster(c, c.req.valid('param').slug);
  c.header('Cache-Control', 'private, no-store');
  return c.json({ data: await listInvitations(c.var.db, 'moderator', cluster.id) }, OK);
};

export const remove: RouteHandler<typeof routes.revokeInvitation, AppEnv> = async (c) => {
  const { invitation, actor, clusterId } = await loadInvitationFor(c.var.db, c.var.actor, c.req.valid('param').id);
  await revoke(c.var.db, actor, invitation, clusterId);
  return c.body(null, NO_CONTENT);
};

export const accept: RouteHandler<typeof routes.acceptInvitation, AppEnv> = async (c) => {
  const actor = authorizeUser(c.var.actor, 'invitation.accept');
  await hitAllOrThrow(c.var.db, linkCheckLimits(clientAddress(c)), 'link checks');
  const invitation = await openInvitation(c.var.db, linkSecret(c.env), c.req.valid('json').token);
  return c.json(await acceptFor(c.var.db, actor, invitation), OK);
};
