import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { findInvitation } from '../../../worker/domain/invitations/invitations';
import { findSolution } from '../../../worker/domain/solutions/read';
import { acceptTeamInvitation } from '../../../worker/domain/solutions/team';
import { createWorld, registerUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { signedInAs } from '../../helpers/domain';
import { pendingInvitation, startEvaluation } from '../../helpers/evaluation';
import { must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { inviteMember } from '../../helpers/team';

/**
 * A team invitation read while the solution took changes and accepted after it stopped taking
 * them (the challenge went to evaluation in between) seats no one and leaves the invitation
 * pending: before, the batch left the seat out but still marked the invitation accepted, and the
 * invitee was told it had worked. Found by the review of issue 17.
 */
describe('a team invitation accepted too late', () => {
  it('seats no one, says so, and stays pending', async () => {
    const world = await createWorld();
    const { clinician: owner, moderator, solver } = world.users;
    const challengeId = await openChallenge(owner, moderator, world.cluster.slug);
    const solutionId = await submitSolution(solver, challengeId);
    const member = await registerUser('solver');
    await must(inviteMember(solver, solutionId, member.email), 202);
    const db = createDb(env.DB);
    const invitation = await pendingInvitation(solutionId, member.email);
    // What the acceptance reads first: the solution, through the invitation, while it takes changes.
    const readWhileOpen = await findSolution(db, signedInAs(solver), solutionId);
    if (!readWhileOpen) throw new Error('the invitation and its solution are read while open');
    await startEvaluation(owner, challengeId);

    await expect(acceptTeamInvitation(db, signedInAs(member), invitation, readWhileOpen)).rejects.toThrow(
      /the solution no longer takes changes, or you were seated on its jury meanwhile\. Nothing was changed/,
    );
    expect((await findInvitation(db, invitation.id))?.status).toBe('pending');
    const members = await env.DB.prepare('SELECT user_id FROM solution_members WHERE solution_id = ? AND user_id = ?')
      .bind(solutionId, member.id)
      .all();
    expect(members.results).toEqual([]);
  });
});
