import { registerUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';
import { unique } from '../../helpers/unique';
import { freshCast, jurors } from '../evaluation/fixtures';

/** Stage 1's criteria in `twoStages`. */
export const STAGE_ONE = ['clinical_fit', 'feasibility'];

/** A solver of a German start-up, reading in `language`. */
export const solver = (language: string) =>
  registerUser('solver', {
    language,
    organization: { name: `Staged ${unique()}`, kind: 'startup', country: 'DE' },
  });

/** A two-stage challenge in stage 1's evaluation: two solutions, each scored by one juror. */
export async function stageOneEvaluated() {
  const { owner, moderator, cluster } = await freshCast();
  const draft = await createDraft(owner, cluster.slug);
  const body = twoStages(draft.version);
  await must(api(`/api/v1/challenges/${draft.id}/stages`, { method: 'PUT', token: owner.token, body }));
  await must(transition(owner, draft.id, 'submit'));
  await must(transition(moderator, draft.id, 'approve'));
  const [alpha, beta] = await Promise.all([solver('en'), solver('de')]);
  const a = await submitSolution(alpha, draft.id, { title: 'Alpha sepsis score' });
  const b = await submitSolution(beta, draft.id, { title: 'Beta sepsis score' });
  const [juror] = await jurors(1);
  if (!juror) throw new Error('no juror');
  await assignJury(owner, draft.id, juror);
  await startEvaluation(owner, draft.id);
  await declare(juror, a, false);
  await declare(juror, b, false);
  await evaluate(juror, a, scoresOf([5, 4], STAGE_ONE), 'Strong clinical fit.');
  await evaluate(juror, b, scoresOf([2, 3], STAGE_ONE), 'The data plan is thin.');
  return { id: draft.id, owner, moderator, alpha, beta, a, b, juror, stages: body.stages };
}
