import { type PageCase, publicPage, signedInPage } from './types';

/**
 * Confirming an address, passwords, account settings, invitations, unsubscribing. Pages a
 * link opens answer 400 without (or with a broken) token, whoever asks: the link is the key.
 */
export const accountCases: PageCase[] = [
  { page: '/confirm-email', path: async () => '/confirm-email?token=broken', expect: publicPage(400) },
  { page: '/confirm-email/done', path: async () => '/confirm-email/done', expect: publicPage() },
  { page: '/forgot-password', path: async () => '/forgot-password', expect: publicPage() },
  { page: '/reset-password', path: async () => '/reset-password', expect: publicPage(400) },
  { page: '/me/account', path: async () => '/me/account', expect: signedInPage(200) },
  {
    page: '/me/account/data.json',
    path: async () => '/me/account/data.json',
    expect: signedInPage(200),
    contentType: 'application/json',
  },
  { page: '/me/account/delete', path: async () => '/me/account/delete', expect: signedInPage(200) },
  { page: '/account-deleted', path: async () => '/account-deleted', expect: publicPage() },
  { page: '/invitations/accept', path: async () => '/invitations/accept?token=x', expect: publicPage(400) },
  { page: '/unsubscribe', path: async () => '/unsubscribe?scope=digest&token=x', expect: publicPage(400) },
];
