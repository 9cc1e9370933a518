import { everyone, signedIn } from '../../helpers/actors';
import type { MatrixCase } from './types';

/** Everyone reads the people directory; each signed-in person reads and saves only their own profile. */
export const peopleCases: MatrixCase[] = [
  { route: 'GET /api/v1/people', request: () => ({ path: '/api/v1/people' }), expect: everyone(200) },
  { route: 'GET /api/v1/me/profile', request: () => ({ path: '/api/v1/me/profile' }), expect: signedIn(200) },
  {
    route: 'PATCH /api/v1/me/profile',
    request: () => ({
      path: '/api/v1/me/profile',
      method: 'PATCH',
      body: { public: true, headline: 'Matrix expert', expertise: ['matrix-testing'] },
    }),
    expect: signedIn(200),
  },
];
