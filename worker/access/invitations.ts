import type { Database } from '../db/client';
import type { Actor, SignedIn } from '../domain/actor';
import { challengeQuery } from '../domain/challenges/read';
import { getClusterById } from '../domain/clusters/list';
import { DomainError, notVisible } from '../domain/errors';
import {
  acceptJuryInvitation,
  acceptModeratorInvitation,
  findInvitation,
  type InvitationRow,
} from '../domain/invitations/invitations';
import { authorizeUser, requireUser } from '../policy/policy';
import { loadChallenge } from './challenges';

/**
 * An invitation, for those who manage its seat: a jury invitation for the challenge's owner and
 * moderators, a moderator invitation for admins. Everyone else: the same 404 as for none.
 */
export async function loadInvitationFor(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ invitation: InvitationRow; actor: SignedIn; clusterId: string }> {
  const user = requireUser(actor, 'manage invitations');
  const invitation = await findInvitation(db, id);
  if (!invitation) throw notVisible('invitation');
  if (invitation.kind === 'jury') {
    const challenge = await loadChallenge(db, user, invitation.target_id).catch(() => {
      throw notVisible('invitation');
    });
    return {
      invitation,
      actor: authorizeUser(user, 'jury.manage', challenge.row),
      clusterId: challenge.row.cluster_id,
    };
  }
  // Moderator invitations are admins' business; to anyone else they do not exist.
  if (!user.isAdmin) throw notVisible('invitation');
  return { invitation, actor: authorizeUser(user, 'cluster.moderators.manage'), clusterId: invitation.target_id };
}

/** What an invitation is for, as its accept page and the accepting code need it. */
export async function invitationSeat(db: Database, invitation: InvitationRow) {
  if (invitation.kind === 'moderator') {
    const cluster = await getClusterById(db, invitation.target_id);
    return { title: cluster?.name ?? '', challenge: null };
  }
  // The invitee may not see the challenge yet (a draft's jury); the token they hold is their right to its title.
  const [challenge] = await challengeQuery(db, invitation.target_id, null);
  return { title: challenge?.row.title ?? '', challenge: challenge ?? null };
}

/** Accepts an invitation for the signed-in addressee: the jury seat or the cluster's moderation. */
export async function acceptFor(db: Database, actor: SignedIn, invitation: InvitationRow) {
  if (invitation.kind === 'moderator') {
    await acceptModeratorInvitation(db, actor, invitation);
    return { seat: 'moderator' as const, challenge_id: null, cluster_id: invitation.target_id };
  }
  const { challenge } = await invitationSeat(db, invitation);
  if (!challenge) throw new DomainError('not_found', 'The challenge of this invitation no longer exists.');
  await acceptJuryInvitation(db, actor, invitation, challenge);
  return { seat: 'jury' as const, challenge_id: invitation.target_id, cluster_id: null };
}
