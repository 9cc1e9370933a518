import { sharedDraft } from '../../helpers/fixtures';
import { type PageCase, signedInPage } from './types';

/** The stage editor (issue 15): as the challenge's edit page, for the owner while the stages may be set. */
export const stageCases: PageCase[] = [
  {
    page: '/challenges/{id}/stages',
    path: async (w) => `/challenges/${await sharedDraft(w)}/stages`,
    // Moderators amend only after approval, and the stages are fixed then (409 says so).
    expect: signedInPage(404, { clinician: 200, moderator: 409, admin: 409 }),
  },
];
