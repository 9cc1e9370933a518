import { type PageCase, signedInPage } from './types';

/** My page, the admin email list and cluster administration. */
export const dashboardCases: PageCase[] = [
  {
    page: '/admin/emails',
    path: async () => '/admin/emails',
    // The policy's `emails.read`: admins only; everyone else signed in is refused with 403.
    expect: signedInPage(403, { admin: 200 }),
  },
  {
    page: '/admin/emails',
    variant: 'sent, filtered',
    path: async () => '/admin/emails?status=sent',
    expect: signedInPage(403, { admin: 200 }),
  },
];
