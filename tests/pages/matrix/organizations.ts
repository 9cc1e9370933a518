import { profile } from '../../helpers/directory';
import { type PageCase, publicPage } from './types';

/** The partner directory's pages: open to everyone; an unlisted organization to no one. */
export const organizationCases: PageCase[] = [
  { page: '/partners', path: async () => '/partners?offers=pilot_site', expect: publicPage() },
  {
    page: '/organizations/{id}',
    variant: 'listed',
    path: async () => `/organizations/${(await profile()).id}`,
    expect: publicPage(),
  },
  {
    page: '/organizations/{id}',
    variant: 'not listed',
    path: async () => `/organizations/${(await profile({ listed: false })).id}`,
    expect: publicPage(404),
  },
];
