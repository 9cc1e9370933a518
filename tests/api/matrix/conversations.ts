import { everyone, type Role, registerUser, signedIn, type TestUser, type World } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import type { MatrixCase } from './types';

const made = new WeakMap<World, Map<string, Promise<string>>>();

/** A public profile for `who`, and a conversation `from` started with them; made once per world and key. */
function conversation(world: World, key: string, from: TestUser, to: TestUser) {
  const byKey = made.get(world) ?? new Map<string, Promise<string>>();
  made.set(world, byKey);
  const existing = byKey.get(key);
  if (existing) return existing;
  const id = (async () => {
    await must(api('/api/v1/me/profile', { method: 'PATCH', token: to.token, body: { public: true } }));
    const res = await must(
      api('/api/v1/conversations', {
        token: from.token,
        body: { about_kind: 'person', about_id: to.id, subject: `Matrix ${key}`, body: 'Hello from the matrix.' },
      }),
      201,
    );
    return res.body.id as string;
  })();
  byKey.set(key, id);
  return id;
}

/** The world's solver wrote to the world's clinician. */
const talk = (world: World) => conversation(world, 'talk', world.users.solver, world.users.clinician);
/** The world's clinician wrote to the world's solver (this one gets blocked). */
const blockable = (world: World) => conversation(world, 'block', world.users.clinician, world.users.solver);

/** The world's clinician wrote to the world's solver about another thing (this one gets reported). */
const reportable = (world: World) => conversation(world, 'report', world.users.clinician, world.users.evaluator);

/** Only the two taking part; 404 to every other person, admins included; 401 to the anonymous. */
const takingPart = (status: number): Record<Role, number> => ({
  ...everyone(404),
  anonymous: 401,
  clinician: status,
  solver: status,
});

export const conversationCases: MatrixCase[] = [
  { route: 'GET /api/v1/conversations', request: () => ({ path: '/api/v1/conversations' }), expect: signedIn(200) },
  {
    route: 'POST /api/v1/conversations',
    request: async () => {
      const person = await registerUser('clinician');
      await must(api('/api/v1/me/profile', { method: 'PATCH', token: person.token, body: { public: true } }));
      return {
        path: '/api/v1/conversations',
        method: 'POST',
        body: { about_kind: 'person', about_id: person.id, subject: 'Matrix contact', body: 'Hello.' },
      };
    },
    expect: signedIn(201),
  },
  {
    route: 'GET /api/v1/conversations/{id}/messages',
    request: async (world) => ({ path: `/api/v1/conversations/${await talk(world)}/messages` }),
    expect: takingPart(200),
  },
  {
    route: 'POST /api/v1/conversations/{id}/messages',
    request: async (world) => ({
      path: `/api/v1/conversations/${await talk(world)}/messages`,
      method: 'POST',
      body: { body: 'A reply from the matrix.' },
    }),
    expect: takingPart(201),
  },
  {
    route: 'POST /api/v1/conversations/{id}/share-email',
    request: async (world) => ({
      path: `/api/v1/conversations/${await talk(world)}/share-email`,
      method: 'POST',
      body: { share_email: false },
    }),
    expect: takingPart(200),
  },
  {
    route: 'POST /api/v1/conversations/{id}/block',
    request: async (world) => ({ path: `/api/v1/conversations/${await blockable(world)}/block`, method: 'POST' }),
    expect: takingPart(200),
  },
  {
    route: 'POST /api/v1/conversations/{id}/report',
    request: async (world) => ({
      path: `/api/v1/conversations/${await reportable(world)}/report`,
      method: 'POST',
      body: { reason: 'Matrix: this looks like spam to me.' },
    }),
    // The first of the two to report gets 200, the second too (each reports once).
    expect: { ...takingPart(200), solver: 404, evaluator: 200 },
  },
];
