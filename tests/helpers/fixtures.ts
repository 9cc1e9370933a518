import { registerUser, type World } from './actors';
import { createDraft, openChallenge, transition } from './challenges';
import { api } from './http';
import { freshEvaluationWithJury } from './solution-fixtures';

/** Resources the policy matrix and the page matrix read without changing, made once per world. */
const shared = new WeakMap<World, Map<string, Promise<unknown>>>();

function once<T>(world: World, key: string, make: () => Promise<T>): Promise<T> {
  const byKey = shared.get(world) ?? new Map<string, Promise<unknown>>();
  shared.set(world, byKey);
  const value = (byKey.get(key) as Promise<T> | undefined) ?? make();
  byKey.set(key, value);
  return value;
}

/** An open public challenge owned by the world's clinician in the world's cluster. */
export const sharedOpen = (world: World) =>
  once(world, 'open', () => openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug));

export const sharedDraft = (world: World) =>
  once(world, 'draft', async () => (await createDraft(world.users.clinician, world.cluster.slug)).id);

/** Fresh resources for calls that change them. */
export const freshDraft = async (world: World) => (await createDraft(world.users.clinician, world.cluster.slug)).id;

export async function freshInReview(world: World) {
  const id = await freshDraft(world);
  await transition(world.users.clinician, id, 'submit');
  return id;
}

export const freshOpen = (world: World) =>
  openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);

export async function freshQuestion(world: World) {
  const challenge = await sharedOpen(world);
  const res = await api(`/api/v1/challenges/${challenge}/questions`, {
    token: world.users.solver.token,
    body: { body: `Is pseudonymised data available for validation? ${crypto.randomUUID()}` },
  });
  return { challenge, question: res.body.id as string };
}

/** An open report on the shared open challenge, filed by a fresh solver. */
export async function freshReport(world: World) {
  const reporter = await registerUser('solver');
  const res = await api('/api/v1/reports', {
    token: reporter.token,
    body: { entity_type: 'challenge', entity_id: await sharedOpen(world), reason: 'Possibly promotional content.' },
  });
  return res.body.id as string;
}

/**
 * A challenge in evaluation with one submitted solution by the world's solver, the world's
 * evaluator on its jury (declared no conflict, and scored it).
 */
export const sharedEvaluation = (world: World) => once(world, 'evaluation', () => freshEvaluationWithJury(world));
