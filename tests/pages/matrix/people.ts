import { type PageCase, publicPage, signedInPage } from './types';

/** The people directory is open to everyone; one's own profile to each signed-in person. */
export const peopleCases: PageCase[] = [
  { page: '/people', path: async () => '/people', expect: publicPage() },
  { page: '/me/profile', path: async () => '/me/profile', expect: signedInPage(200) },
];
