import type { World } from './actors';
import { openChallenge, transition } from './challenges';
import { assignJury, declare, evaluate, scoresOf } from './evaluation';
import { api } from './http';
import { submitSolution } from './solutions';

/** Open challenge with one submitted solution by the world's solver. */
export async function freshOpenWithSolution(world: World, submit = true) {
  const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  const res = await api(`/api/v1/challenges/${challenge}/solutions`, {
    token: world.users.solver.token,
    body: {
      title: 'Matrix solution for confidentiality',
      summary: 'A solution used by the policy matrix to exercise every role.',
      approach: 'Nothing clever; it only has to exist in the right state.',
      trl: 5,
      submit,
    },
  });
  return { challenge, solution: res.body.id as string };
}

/** In evaluation, one solution, the world's evaluator on the jury: declared no conflict and scored. */
export async function freshEvaluationWithJury(world: World) {
  const challenge = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  const solution = await submitSolution(world.users.solver, challenge);
  await assignJury(world.users.clinician, challenge, world.users.evaluator);
  await transition(world.users.clinician, challenge, 'start_evaluation');
  await declare(world.users.evaluator, solution, false);
  await evaluate(world.users.evaluator, solution, scoresOf([4]));
  return { challenge, solution };
}

/** In evaluation with one submitted solution and no jury. */
export async function freshEvaluation(world: World) {
  const { challenge, solution } = await freshOpenWithSolution(world);
  await transition(world.users.clinician, challenge, 'start_evaluation');
  return { challenge, solution };
}
