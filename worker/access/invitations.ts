import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { solutions } from '../db/schema';
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
import { findSolution } from '../domain/solutions/read';
import { acceptTeamInvitation } from '../domain/solutions/team';
import { authorizeUser, requireUser } from '../policy/policy';
import { loadChallenge } from './challenges';
import { loadSolution } from './solutions';

/**
 * An invitation, for those who manage its seat: a jury invitation for the challenge's owner and
 * moderators, a moderator invitation for admins, a team invitation for the solution's submitter. Everyone else: the same 404 as for none.
 */
export async function loadInvitationFor(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ invitation: InvitationRow; actor: SignedIn; clusterId: string }> {
  const user = requireUser(actor, 'manage invitations');
  const invitation = await findInvitation(db, id);
  if (!invitation) throw notVisible('invitation');
  if (invitation.kind === 'team') {
    // A team invitation is its solution's submitter's business; to anyone else it does not exist.
    const team = await loadSolution(db, user, invitation.target_id, 'team.manage').catch(() => {
      throw notVisible('invitation');
    });
    return { invitation, actor: team.actor, clusterId: team.record.challenge.cluster_id };
  }
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
  if (invitation.kind === 'team') {
    const solution = await db
      .select({ title: solutions.title })
      .from(solutions)
      .where(eq(solutions.id, invitation.target_id))
      .get();
    return { title: solution?.title ?? '', challenge: null };
  }
  // The invitee may not see the challenge yet (a draft's jury); the token they hold is their right to its title.
  const [challenge] = await challengeQuery(db, invitation.target_id, null);
  return { title: challenge?.row.title ?? '', challenge: challenge ?? null };
}

/** Accepts an invitation for the signed-in addressee: the jury seat, the cluster's moderation or the team. */
export async function acceptFor(db: Database, actor: SignedIn, invitation: InvitationRow) {
  if (invitation.kind === 'moderator') {
    await acceptModeratorInvitation(db, actor, invitation);
    return { seat: 'moderator' as const, challenge_id: null, cluster_id: invitation.target_id };
  }
  if (invitation.kind === 'team') {
    // The invitee reads the solution once they joined; until then the invitation is their right to join it.
    const record = await findSolution(db, actor, invitation.target_id);
    if (!record) throw new DomainError('not_found', 'The solution of this invitation no longer exists.');
    await acceptTeamInvitation(db, actor, invitation, record);
    return {
      seat: 'team' as const,
      challenge_id: record.solution.challenge_id,
      cluster_id: null,
      solution_id: record.solution.id,
    };
  }
  const { challenge } = await invitationSeat(db, invitation);
  if (!challenge) throw new DomainError('not_found', 'The challenge of this invitation no longer exists.');
  await acceptJuryInvitation(db, actor, invitation, challenge);
  return { seat: 'jury' as const, challenge_id: invitation.target_id, cluster_id: null };
}
