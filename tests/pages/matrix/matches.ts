import { sharedDraft, sharedOpen } from '../../helpers/fixtures';
import { type PageCase, signedInPage } from './types';

/** Suggested partners: for whoever runs the challenge (its owner is the world's clinician). */
export const matchCases: PageCase[] = [
  {
    page: '/challenges/{id}/partners',
    variant: 'open',
    path: async (w) => `/challenges/${await sharedOpen(w)}/partners`,
    expect: signedInPage(403, { clinician: 200, moderator: 200, admin: 200 }),
  },
  {
    page: '/challenges/{id}/partners',
    variant: 'draft',
    path: async (w) => `/challenges/${await sharedDraft(w)}/partners`,
    expect: signedInPage(404, { clinician: 200, moderator: 200, admin: 200 }),
  },
];
