import { describe, expect, it } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { declare } from '../../helpers/evaluation';
import { d1Stats } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { judgingWorld } from './fixtures';

/**
 * The jury member's pages read in a fixed number of D1 round trips whatever the number of
 * solutions: the declaration page and its one-submit save (one batch for all answers), the score
 * page with a draft, and the work list with drafts on it.
 */
async function measure(n: number) {
  const { id, solutions, jury } = await judgingWorld({ n, jurors: 1 });
  const [juror] = jury as [TestUser];
  const calls: Record<string, number> = {};
  const declaration = await page(`/challenges/${id}/conflicts`, juror.cookie);
  expect(declaration.status).toBe(200);
  calls['declaration page'] = d1Stats(declaration).calls;

  const answers = Object.fromEntries(solutions.map((s) => [`conflicts.${s.id}`, 'no']));
  const saved = await postForm(`/challenges/${id}/conflicts`, juror.cookie, answers);
  expect(saved.status).toBe(303);
  calls['declaring on all'] = d1Stats(saved).calls;

  for (const s of solutions) await declare(juror, s.id, false);
  const first = solutions[0]?.id ?? '';
  const draft = await postForm(`/solutions/${first}/evaluation`, juror.cookie, {
    intent: 'draft',
    'scores.clinical_impact': '4',
  });
  expect(draft.status).toBe(303);
  const score = await page(`/solutions/${first}/evaluation`, juror.cookie);
  expect(score.status).toBe(200);
  calls['score page with a draft'] = d1Stats(score).calls;
  const list = await page(`/challenges/${id}/solutions`, juror.cookie);
  expect(list.status).toBe(200);
  expect(await list.text()).toContain('Started, not finished');
  calls['work list with a draft'] = d1Stats(list).calls;
  return calls;
}

describe('judging page query budget', { timeout: 60_000 }, () => {
  it('the declaration, the score page and the work list take the same round trips for 2 and for 6 solutions', async () => {
    const small = await measure(2);
    const large = await measure(6);
    expect(large).toEqual(small);
    // The session lookup, then one batch (the score page reads the solution before its sheet; a
    // declaration reads the page's facts, then writes every answer in one batch).
    expect(small['declaration page']).toBeLessThanOrEqual(2);
    expect(small['work list with a draft']).toBeLessThanOrEqual(2);
    expect(small['score page with a draft']).toBeLessThanOrEqual(3);
    expect(small['declaring on all']).toBeLessThanOrEqual(3);
  });
});
