import { governed } from '../../helpers/affiliation';
import { profile } from '../../helpers/directory';
import { type PageCase, publicPage, signedInPage } from './types';

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

/**
 * Verified affiliation (issue 16): an organization's members and edit pages for its administrator
 * (the clinician), the moderators of its home cluster and admins; others 403 when it is listed,
 * 404 when not.
 */
const deciders = (refused: number) =>
  signedInPage(200, { solver: refused, evaluator: refused, other_moderator: refused });
export const affiliationPageCases: PageCase[] = (['members', 'edit'] as const).flatMap((sub) =>
  [false, true].map(
    (listed): PageCase => ({
      page: `/organizations/{id}/${sub}`,
      variant: listed ? 'listed' : 'not listed',
      path: async (world) => `/organizations/${await governed(world, listed)}/${sub}`,
      expect: deciders(listed ? 403 : 404),
    }),
  ),
);
