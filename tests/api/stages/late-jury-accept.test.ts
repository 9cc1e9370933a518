import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { invitationSeat } from '../../../worker/access/invitations';
import { createDb } from '../../../worker/db/client';
import { acceptJuryInvitation, findInvitation } from '../../../worker/domain/invitations/invitations';
import { signedInAs } from '../../helpers/domain';
import { pendingInvitation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { jurors } from '../evaluation/fixtures';
import { invite, stageOneEvaluated } from './fixtures';

/**
 * An invitation to stage 1's jury, read while stage 1 runs and accepted after it was advanced,
 * seats no one, writes no audit entry and stays pending: the seat's insert left it out (its stage
 * is over), and the acceptance used to be marked anyway. Found by the second review of issue 17.
 */
describe('a jury invitation to a stage that is over by the time it lands', () => {
  it('seats no one, says so, and stays pending', async () => {
    const f = await stageOneEvaluated();
    const [late] = await jurors(1);
    if (!late) throw new Error('no juror');
    await must(invite(f.owner, f.id, late, 1), 202);
    const db = createDb(env.DB);
    const invitation = await pendingInvitation(f.id, late.email);
    const { challenge: readInStageOne } = await invitationSeat(db, invitation);
    if (!readInStageOne) throw new Error('the invitation and its challenge are read in stage 1');
    await must(
      api(`/api/v1/challenges/${f.id}/stages/1/advance`, { token: f.owner.token, body: { solution_ids: [f.a] } }),
    );

    await expect(acceptJuryInvitation(db, signedInAs(late), invitation, readInStageOne)).rejects.toThrow(
      /its seat can no longer be taken: the challenge moved on meanwhile/,
    );
    expect((await findInvitation(db, invitation.id))?.status).toBe('pending');
    const seats = await env.DB.prepare('SELECT stage FROM evaluator_assignments WHERE challenge_id = ? AND user_id = ?')
      .bind(f.id, late.id)
      .all();
    expect(seats.results).toEqual([]);
    const audited = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'invitation.accept' AND entity_id = ?",
    )
      .bind(invitation.id)
      .first<{ n: number }>();
    expect(audited?.n).toBe(0);
  });
});
