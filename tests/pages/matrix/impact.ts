import { type PageCase, publicPage, signedInPage } from './types';

/** The impact dashboards: a cluster's for everyone (full or public figures), the network's for admins. */
export const impactCases: PageCase[] = [
  {
    page: '/clusters/{slug}/impact',
    path: async (world) => `/clusters/${world.cluster.slug}/impact`,
    expect: publicPage(),
  },
  {
    page: '/clusters/{slug}/impact',
    variant: 'dates that run backwards: the form again',
    path: async (world) => `/clusters/${world.cluster.slug}/impact?from=2024-06-30&to=2024-01-01`,
    expect: publicPage(400),
  },
  {
    page: '/impact',
    path: async () => '/impact',
    expect: signedInPage(403, { admin: 200 }),
  },
];
