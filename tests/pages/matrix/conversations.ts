import type { World } from '../../helpers/actors';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';
import { type PageCase, signedInPage } from './types';

const made = new WeakMap<World, Promise<string>>();

/** The world's solver wrote to the world's clinician (whose profile is public), once per world. */
function talk(world: World) {
  const existing = made.get(world);
  if (existing) return existing;
  const id = (async () => {
    const clinician = world.users.clinician;
    await must(api('/api/v1/me/profile', { method: 'PATCH', token: clinician.token, body: { public: true } }));
    const res = await must(
      api('/api/v1/conversations', {
        token: world.users.solver.token,
        body: { about_kind: 'person', about_id: clinician.id, subject: 'Page matrix', body: 'Hello.' },
      }),
      201,
    );
    return res.body.id as string;
  })();
  made.set(world, id);
  return id;
}

/** One's inbox and the contact form for everyone signed in; a conversation for the two taking part only. */
export const conversationCases: PageCase[] = [
  { page: '/conversations', path: async () => '/conversations', expect: signedInPage(200) },
  {
    page: '/conversations/new',
    path: async () => `/conversations/new?about_kind=organization&about_id=${(await profile()).id}`,
    expect: signedInPage(200),
  },
  {
    page: '/conversations/{id}',
    path: async (world) => `/conversations/${await talk(world)}`,
    expect: signedInPage(404, { clinician: 200, solver: 200 }),
  },
];
