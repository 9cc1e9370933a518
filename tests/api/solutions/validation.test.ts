import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import {
  assignJury,
  declarationsOf,
  declare,
  evaluationsOf,
  putConflict,
  putEvaluation,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { api, isProblem } from '../../helpers/http';
import { patchSolution, solutionBody, solutionRow, solutionsTitled, submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('bad inputs', () => {
  let open: string;
  let solution: string;
  let scored: string;
  const juror = () => world.users.evaluator;
  beforeAll(async () => {
    const { clinician, moderator, solver } = world.users;
    open = await openChallenge(clinician, moderator, world.cluster.slug);
    solution = await submitSolution(solver, open);
    const inEvaluation = await openChallenge(clinician, moderator, world.cluster.slug);
    scored = await submitSolution(solver, inEvaluation);
    await assignJury(clinician, inEvaluation, juror());
    await startEvaluation(clinician, inEvaluation);
    await declare(juror(), scored, false);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['a title too short', { title: 'Tiny' }, 'title'],
    ['a summary too long', { summary: 'x'.repeat(1501) }, 'summary'],
    ['TRL 0', { trl: 0 }, 'trl'],
    ['TRL 10', { trl: 10 }, 'trl'],
    ["TRL 'six'", { trl: 'six' }, 'trl'],
    ['an unknown IP status', { ip_status: 'pending' }, 'ip_status'],
    ['a link that is not https', { links: ['http://vendor.example/panel'] }, 'links.0'],
    ['a link that is not a URL', { links: ['https://vendor.example/ok', 'not a url'] }, 'links.1'],
    ['11 links', { links: Array.from({ length: 11 }, (_, i) => `https://vendor.example/${i}`) }, 'links'],
    ['an unknown field', { price_eur: 1000 }, '(root)'],
    ['summary_public that is not a boolean', { summary_public: 'yes' }, 'summary_public'],
  ];
  for (const [what, override, path] of bad) {
    it(`refuses a solution with ${what}: 400 naming ${path}, nothing written`, async () => {
      const title = String(override.title ?? `Refused solution ${unique()}`);
      const res = await api(`/api/v1/challenges/${open}/solutions`, {
        token: world.users.solver.token,
        body: { ...solutionBody({ title, ...override }), submit: true },
      });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await solutionsTitled(title)).toBe(0);
    });

    it(`refuses an edit with ${what}: 400 naming ${path}, nothing changed`, async () => {
      const res = await patchSolution(world.users.solver, solution, { version: 1, ...override });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await solutionRow(solution)).toMatchObject({ version: 1, title: solutionBody().title });
    });
  }

  it('refuses a conflict declaration without `conflict` (400), nothing written', async () => {
    for (const body of [{}, { note: 'I forgot the flag.' }, { conflict: 'no' }]) {
      const res = await putConflict(juror(), solution, body);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('conflict');
    }
    expect(await declarationsOf(solution)).toBe(0);
  });

  const badScores: [string, unknown, string][] = [
    ['a missing criterion', { scores: { ...scoresOf([4]), business_case: undefined } }, 'scores.business_case'],
    ['an extra criterion', { scores: { ...scoresOf([4]), novelty: 3 } }, 'scores.novelty'],
    ['a score of 0', { scores: { ...scoresOf([4]), clinical_impact: 0 } }, 'scores.clinical_impact'],
    ['a score of 6', { scores: { ...scoresOf([4]), clinical_impact: 6 } }, 'scores.clinical_impact'],
    ['a score of 2.5', { scores: { ...scoresOf([4]), clinical_impact: 2.5 } }, 'scores.clinical_impact'],
    ["a score of '4'", { scores: { ...scoresOf([4]), clinical_impact: '4' } }, 'scores.clinical_impact'],
    ['a comment over 4000 characters', { scores: scoresOf([4]), comment: 'x'.repeat(4001) }, 'comment'],
    ['no scores', { comment: 'Looks fine.' }, 'scores'],
  ];
  for (const [what, body, path] of badScores) {
    it(`refuses an evaluation with ${what}: 400 naming ${path}, nothing written`, async () => {
      const res = await putEvaluation(juror(), scored, body);
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await evaluationsOf(scored)).toBe(0);
    });
  }
});
