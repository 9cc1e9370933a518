import { describe, expect, it } from 'vitest';
import { freshCast, solverOf } from '../../api/evaluation/fixtures';
import { registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { d1Stats, must } from '../../helpers/http';
import { page } from '../../helpers/pages';
import { draftSolution, patchSolution, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';
import { textOf } from '../dashboard/needs';
import { html } from './desk';

/** The page without its `<details>` parts: what a reader sees before opening any. */
const withoutDetails = (text: string) => text.replace(/<details[\s\S]*?<\/details>/g, '');

/** A challenge in evaluation whose juror, having seen the full ranking, pushes one solution up; plus a draft. */
async function rescored() {
  const { moderator, owner, cluster } = await freshCast();
  const id = await openChallenge(owner, moderator, cluster.slug);
  const [solverA, solverB, drafter] = (await Promise.all([solverOf('Elm'), solverOf('Fir'), solverOf('Ginkgo')])) as [
    TestUser,
    TestUser,
    TestUser,
  ];
  const A = await submitSolution(solverA, id, { title: 'Elm sequencing panel' });
  const B = await submitSolution(solverB, id);
  const secret = `Secret draft ${unique()}`;
  const draft = await draftSolution(drafter, id);
  await must(patchSolution(drafter, draft, { version: 1, title: secret }));
  const juror = await registerUser('clinician', { name: 'Dr. Jules Juror' });
  await assignJury(owner, id, juror);
  await startEvaluation(owner, id);
  for (const s of [A, B]) await declare(juror, s, false);
  await evaluate(juror, A, scoresOf([2]));
  await evaluate(juror, B, scoresOf([4]));
  await must(ranking(juror, id));
  await must(putEvaluation(juror, A, { scores: scoresOf([5]) }));
  return { id, owner, moderator, solverA, juror, draft, secret, A };
}

describe('the owner’s audit trail page', { timeout: 20_000 }, () => {
  it('shows the owner the score changes in words, linked from the challenge page, in one round trip', async () => {
    const c = await rescored();
    const challengePage = await html(`/challenges/${c.id}`, c.owner);
    expect(challengePage.html).toContain(`href="/challenges/${c.id}/audit"`);

    const { res, html: trail } = await html(`/challenges/${c.id}/audit?lang=en`, c.owner);
    expect(d1Stats(res).calls).toBeLessThanOrEqual(2);
    const seen = textOf(withoutDetails(trail));
    expect(seen).toContain('Score given or changed');
    // Which solution a score is about, linked.
    expect(seen).toContain('Solution: Elm sequencing panel');
    expect(trail).toContain(`href="/solutions/${c.A}"`);
    expect(seen).toContain('Dr. Jules Juror');
    // Before → after, criterion by criterion, by the criteria's names.
    expect(seen).toContain('Scores: Clinical impact 2, Feasibility 2');
    expect(seen).toContain('Business case 2 → Clinical impact 5, Feasibility 5');
    expect(seen).toContain('Solution submitted');
    // A solution's states in words, as on its own page.
    expect(seen).toContain('Status: Submitted');
    expect(seen).toContain('Jury member declared on a conflict of interest');
    expect(seen).toContain('Conflict of interest: No');
    expect(trail).not.toContain(c.secret);
    expect(trail).not.toContain(c.draft);

    const { html: de } = await html(`/challenges/${c.id}/audit?lang=de`, c.owner);
    expect(textOf(withoutDetails(de))).toContain('Bewertung abgegeben oder geändert');
  });

  it('is not found for a clinician who is not the owner, the jury member and a solver, and not linked for them', async () => {
    const c = await rescored();
    const otherClinician = await registerUser('clinician');
    for (const reader of [otherClinician, c.juror, c.solverA]) {
      const res = await page(`/challenges/${c.id}/audit`, reader.cookie);
      expect(res.status).toBe(404);
      const challengePage = await html(`/challenges/${c.id}`, reader);
      expect(challengePage.html).not.toContain(`/challenges/${c.id}/audit`);
    }
  });
});
