import { env } from 'cloudflare:test';
import { freshCast, jurors, solverOf } from '../../api/evaluation/fixtures';
import { createDraft, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';

/** A published challenge with two stages (see twoStages), in stage 1. */
export async function twoStageChallenge() {
  const cast = await freshCast();
  const draft = await createDraft(cast.owner, cast.cluster.slug);
  await must(
    api(`/api/v1/challenges/${draft.id}/stages`, {
      method: 'PUT',
      token: cast.owner.token,
      body: twoStages(draft.version),
    }),
  );
  await must(transition(cast.owner, draft.id, 'submit'));
  await must(transition(cast.moderator, draft.id, 'approve'));
  return { ...cast, id: draft.id as string };
}

/** The same, with one solution scored in stage 1 by a jury of one, then moved on to stage 2. */
export async function inStageTwo() {
  const cast = await twoStageChallenge();
  const solver = await solverOf('Staged');
  const solution = await submitSolution(solver, cast.id);
  const [juror] = await jurors(1);
  if (!juror) throw new Error('no juror');
  await assignJury(cast.owner, cast.id, juror);
  await startEvaluation(cast.owner, cast.id);
  await declare(juror, solution, false);
  await evaluate(juror, solution, scoresOf([5, 3], ['clinical_fit', 'feasibility']));
  await moveToStage(cast.id, 2);
  return { ...cast, solver, solution, juror };
}

/**
 * What advancing does to the challenge's stage (the advance API is another piece of work): the
 * current stage, straight in the database.
 */
export const moveToStage = (id: string, stage: number) =>
  env.DB.prepare('UPDATE challenges SET current_stage = ? WHERE id = ?').bind(stage, id).run();
