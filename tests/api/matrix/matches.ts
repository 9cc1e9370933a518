import { type Role, signedIn } from '../../helpers/actors';
import { sharedDraft, sharedOpen } from '../../helpers/fixtures';
import type { MatrixCase } from './types';

/** Who runs a challenge: its owner (the world's clinician), the moderators of its cluster, admins. */
const runners = (outsiders: number): Record<Role, number> => ({
  anonymous: 401,
  clinician: 200,
  solver: outsiders,
  evaluator: outsiders,
  moderator: 200,
  other_moderator: outsiders,
  admin: 200,
});

/** Suggested partners for those who run a challenge; one's own suggestions for everyone signed in. */
export const matchCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/challenges/{id}/matches',
    variant: 'open',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/matches` }),
    expect: runners(403),
  },
  {
    route: 'GET /api/v1/challenges/{id}/matches',
    variant: 'draft: hidden from outsiders',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedDraft(world)}/matches` }),
    expect: { ...runners(404), anonymous: 404 },
  },
  { route: 'GET /api/v1/me/matches', request: () => ({ path: '/api/v1/me/matches' }), expect: signedIn(200) },
];
