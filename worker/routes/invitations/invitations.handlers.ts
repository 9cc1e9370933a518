import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { authorizedOnRecord, loadChallengeFor, loadChallengeWith } from '../../access/challenges';
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

/**
 * The invitations to a challenge's jury (of one stage when named), read beside the challenge in one
 * batch (issue 17: the request made three round trips, the session's included; now two) and shown
 * only once the policy lets the viewer manage the jury.
 */
export const getJury: RouteHandler<typeof routes.listJuryInvitations, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { stage } = c.req.valid('query');
  const [record, data] = await loadChallengeWith(
    c.var.db,
    c.var.actor,
    id,
    listInvitations(c.var.db, 'jury', id, stage),
  );
  authorizedOnRecord(c.var.actor, 'jury.manage', record);
  // A stage the challenge does not have is 404 (one query, only for a stage after the current one).
  if (stage !== undefined) await juryStage(c.var.db, record, stage);
  c.header('Cache-Control', 'private, no-store');
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
