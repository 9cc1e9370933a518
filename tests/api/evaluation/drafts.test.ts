import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { count } from '../../helpers/db';
import {
  assignJury,
  DEFAULT_KEYS,
  declare,
  jury,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { isProblem, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { type Entry, freshCast, jurors, solverOf } from './fixtures';

const draftsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM evaluation_drafts WHERE solution_id = ?', solutionId);

/** In evaluation: one submitted solution, one jury member who declared no conflict on it. */
async function scoringOpen() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const S = await submitSolution(await solverOf('Drafts'), id);
  const [J] = (await jurors(1)) as [TestUser];
  await assignJury(owner, id, J);
  await startEvaluation(owner, id);
  await declare(J, S, false);
  return { owner, id, S, J };
}

describe('scores saved to finish later', () => {
  it('a draft keeps part of a score and counts nowhere until the complete score replaces it', async () => {
    const { owner, id, S, J } = await scoringOpen();
    const partial = { clinical_impact: 5, feasibility: 4 };
    const saved = await must(putEvaluation(J, S, { scores: partial, comment: 'Halfway.', draft: true }));
    expect(saved.body).toMatchObject({ solution_id: S, scores: partial, comment: 'Halfway.', draft: true });
    await expect(draftsOf(S)).resolves.toBe(1);
    await expect(count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', S)).resolves.toBe(0);

    // Not in the ranking, not in the jury member's progress.
    const before = await must(ranking(owner, id));
    expect((before.body.data as Entry[]).find((r) => r.solution_id === S)).toMatchObject({
      score: null,
      evaluations: 0,
    });
    await expect(must(jury(owner, id, J.id, 'GET'))).resolves.toMatchObject({ body: { scored: 0 } });

    // Saving again replaces the draft; the complete score finishes it in the same batch.
    await must(putEvaluation(J, S, { scores: { ...partial, innovation: 3 }, draft: true }));
    await expect(draftsOf(S)).resolves.toBe(1);
    const done = await must(putEvaluation(J, S, { scores: scoresOf([4]) }));
    expect(done.body.draft).toBe(false);
    await expect(draftsOf(S)).resolves.toBe(0);
    const after = await must(ranking(owner, id));
    expect((after.body.data as Entry[]).find((r) => r.solution_id === S)).toMatchObject({ score: 75, evaluations: 1 });
    await expect(must(jury(owner, id, J.id, 'GET'))).resolves.toMatchObject({ body: { scored: 1 } });
  });

  it('a draft names unknown criteria and needs something in it; a complete score still needs every criterion', async () => {
    const { S, J } = await scoringOpen();
    const unknown = await putEvaluation(J, S, { scores: { bedside_manner: 3 }, draft: true });
    expect(isProblem(unknown, 400, 'validation_failed')).toBe(true);
    expect(unknown.body.errors).toEqual([
      { path: 'scores.bedside_manner', message: 'Not a criterion of this challenge.' },
    ]);
    const empty = await putEvaluation(J, S, { scores: {}, draft: true });
    expect(isProblem(empty, 400, 'validation_failed')).toBe(true);
    const partial = await putEvaluation(J, S, { scores: { clinical_impact: 5 } });
    expect(isProblem(partial, 400, 'validation_failed')).toBe(true);
    expect(partial.body.errors).toHaveLength(DEFAULT_KEYS.length - 1);
    await expect(draftsOf(S)).resolves.toBe(0);
  });

  it('once a complete score is sent there is no draft any more: the score is changed instead', async () => {
    const { S, J } = await scoringOpen();
    await must(putEvaluation(J, S, { scores: scoresOf([3]) }));
    const res = await putEvaluation(J, S, { scores: { clinical_impact: 1 }, draft: true });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(res.body.current_state).toBe('scored');
    await expect(draftsOf(S)).resolves.toBe(0);
  });

  it('drafts follow the same rules as scores: only in evaluation, only for a jury member cleared on it', async () => {
    const { moderator, owner, cluster } = await freshCast();
    const id = await openChallenge(owner, moderator, cluster.slug);
    const S = await submitSolution(await solverOf('Early'), id);
    const [J, K] = (await jurors(2)) as [TestUser, TestUser];
    await assignJury(owner, id, J);
    await assignJury(owner, id, K);
    await declare(J, S, false);
    const early = await putEvaluation(J, S, { scores: { clinical_impact: 4 }, draft: true });
    expect(isProblem(early, 409, 'invalid_state')).toBe(true);
    await startEvaluation(owner, id);
    // K has not declared: told to declare first.
    const undeclared = await putEvaluation(K, S, { scores: { clinical_impact: 4 }, draft: true });
    expect(isProblem(undeclared, 403, 'forbidden')).toBe(true);
    await expect(draftsOf(S)).resolves.toBe(0);
  });
});
