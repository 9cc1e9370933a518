import type { World } from '../helpers/actors';
import { createDraft, openChallenge, transition } from '../helpers/challenges';
import { api } from '../helpers/http';

/** Resources the matrix reads without changing, made once per world. */
const shared = new WeakMap<World, Map<string, Promise<string>>>();

function once(world: World, key: string, make: () => Promise<string>): Promise<string> {
  const byKey = shared.get(world) ?? new Map<string, Promise<string>>();
  shared.set(world, byKey);
  const value = byKey.get(key) ?? make();
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
  const { registerUser } = await import('../helpers/actors');
  const reporter = await registerUser('solver');
  const res = await api('/api/v1/reports', {
    token: reporter.token,
    body: { entity_type: 'challenge', entity_id: await sharedOpen(world), reason: 'Possibly promotional content.' },
  });
  return res.body.id as string;
}
