import { env } from 'cloudflare:test';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invitationSeat } from '../../../worker/access/invitations';
import { createDb } from '../../../worker/db/client';
import { findChallenge } from '../../../worker/domain/challenges/read';
import { declareConflict } from '../../../worker/domain/evaluation/conflicts';
import { removeEvaluator } from '../../../worker/domain/evaluation/jury';
import { juryFiguresOf } from '../../../worker/domain/impact/jury';
import { acceptJuryInvitation, findInvitation } from '../../../worker/domain/invitations/invitations';
import { findSolution } from '../../../worker/domain/solutions/read';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { signedInAs } from '../../helpers/domain';
import {
  assignJury,
  decide,
  declare,
  evaluate,
  pendingInvitation,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { freshCast, jurors, solverOf } from './fixtures';

/**
 * A decided challenge's jury is fixed: a conflict declaration or a juror's removal read while it
 * was in evaluation and written after the decision lands nothing (409), so the decided scores and
 * the jury load the decision kept (jury_figures) stay as they were. Found by a review probe.
 */
const rows = (query: string, id: string) =>
  env.DB.prepare(query)
    .bind(id)
    .all()
    .then((r) => r.results);

/** What a late write must not change: the seats, every solution's sums, the declarations, the kept figures. */
const decidedState = async (id: string) => ({
  seats: await rows('SELECT user_id, stage FROM evaluator_assignments WHERE challenge_id = ? ORDER BY 1', id),
  sums: await rows(
    `SELECT ss.solution_id, ss.criterion_key, ss.total, ss.evaluations FROM solution_scores ss
     JOIN solutions s ON s.id = ss.solution_id WHERE s.challenge_id = ? ORDER BY 1, 2`,
    id,
  ),
  declarations: await rows(
    `SELECT d.solution_id, d.evaluator_id, d.conflict FROM conflict_declarations d
     JOIN solutions s ON s.id = d.solution_id WHERE s.challenge_id = ? ORDER BY 1, 2`,
    id,
  ),
  kept: await rows('SELECT seats, pairs, conflicts, evaluations FROM jury_figures WHERE challenge_id = ?', id),
  jurors: await rows('SELECT user_id, seats FROM decided_jurors WHERE challenge_id = ? ORDER BY 1', id),
});

const recount = (id: string) =>
  createDb(env.DB).all(sql`SELECT seats, pairs, conflicts, evaluations FROM (${juryFiguresOf(sql`SELECT ${id}`)})`);

describe('a decided jury', () => {
  it('keeps its declarations: a conflict declared after the decision is refused and changes nothing', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const [alder, birch] = (await Promise.all([solverOf('Alder'), solverOf('Birch')])) as [TestUser, TestUser];
    const a = await submitSolution(alder, id);
    const b = await submitSolution(birch, id);
    const [juror] = (await jurors(1)) as [TestUser];
    await assignJury(owner, id, juror);
    await startEvaluation(owner, id);
    for (const s of [a, b]) await declare(juror, s, false);
    await evaluate(juror, a, scoresOf([3]));
    await evaluate(juror, b, scoresOf([3]));

    const db = createDb(env.DB);
    const readInEvaluation = await findSolution(db, signedInAs(juror), a);
    if (!readInEvaluation) throw new Error('the juror reads the solution in evaluation');
    await must(decide(owner, id, { winners: [a] }));
    const before = await decidedState(id);
    expect(before.kept).toEqual(await recount(id));

    await expect(declareConflict(db, signedInAs(juror), readInEvaluation, true, 'late')).rejects.toThrow(
      /decided or moved to its next stage meanwhile: nothing was changed/,
    );
    expect(await decidedState(id)).toEqual(before);
    expect(await recount(id)).toEqual(before.kept);
  });

  it('takes no late seat: an invitation read in evaluation and accepted after the decision seats no one', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const a = await submitSolution((await solverOf('Alder')) as TestUser, id);
    const [first, late] = (await jurors(2)) as [TestUser, TestUser];
    await assignJury(owner, id, first);
    await must(api(`/api/v1/challenges/${id}/invitations`, { token: owner.token, body: { email: late.email } }), 202);
    await startEvaluation(owner, id);
    await declare(first, a, false);
    await evaluate(first, a, scoresOf([4]));
    const db = createDb(env.DB);
    const invitation = await pendingInvitation(id, late.email);
    const { challenge: readInEvaluation } = await invitationSeat(db, invitation);
    if (!readInEvaluation) throw new Error('the invitation and its challenge are read in evaluation');
    await must(decide(owner, id, { winners: [a] }));
    const before = await decidedState(id);
    expect(before.jurors).toEqual([{ user_id: first.id, seats: 1 }]);

    await expect(acceptJuryInvitation(db, signedInAs(late), invitation, readInEvaluation)).rejects.toThrow(
      /its seat can no longer be taken: the challenge moved on meanwhile \(decided, archived or into its next stage\)/,
    );
    expect(await decidedState(id)).toEqual(before);
    expect((await findInvitation(db, invitation.id))?.status).toBe('pending');
  });

  it('keeps its seats: a juror removed after the decision stays, with their scores counted', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const a = await submitSolution((await solverOf('Alder')) as TestUser, id);
    const [first, second] = (await jurors(2)) as [TestUser, TestUser];
    await assignJury(owner, id, first);
    await assignJury(owner, id, second);
    await startEvaluation(owner, id);
    for (const juror of [first, second]) {
      await declare(juror, a, false);
      await evaluate(juror, a, scoresOf([4]));
    }
    const db = createDb(env.DB);
    const readInEvaluation = await findChallenge(db, id, owner.id);
    if (!readInEvaluation) throw new Error('the owner reads the challenge');
    await must(decide(owner, id, { winners: [a] }));
    const before = await decidedState(id);

    await expect(removeEvaluator(db, signedInAs(owner), readInEvaluation, second.id)).rejects.toThrow(
      /The jury is fixed now: the challenge was decided meanwhile/,
    );
    expect(await decidedState(id)).toEqual(before);
    expect(await recount(id)).toEqual(before.kept);
  });
});
