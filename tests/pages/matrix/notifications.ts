import type { PageCase } from './types';
import { signedInPage } from './types';

/** Inbox, preferences and saved searches: each person's own, so every signed-in person opens theirs. */
export const notificationCases: PageCase[] = [
  { page: '/me/notifications', path: async () => '/me/notifications', expect: signedInPage(200) },
  {
    page: '/me/notifications/preferences',
    path: async () => '/me/notifications/preferences',
    expect: signedInPage(200),
  },
  { page: '/me/saved-searches', path: async () => '/me/saved-searches', expect: signedInPage(200) },
];
