import type { World } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { type PageCase, publicPage, signedInPage } from './types';

const keys = new WeakMap<World, Promise<string>>();

/** An API key of the world's clinician, made once per world: its page is theirs alone. */
function clinicianKey(world: World) {
  const existing = keys.get(world);
  if (existing) return existing;
  const id = must(
    api('/api/v1/me/api-keys', {
      token: world.users.clinician.token,
      body: { name: 'Page matrix', scopes: ['challenges:read'] },
    }),
    201,
  ).then((res) => res.body.id as string);
  keys.set(world, id);
  return id;
}

/**
 * Confirming an address, passwords, account settings, API keys, invitations, unsubscribing. Pages a
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
  { page: '/me/api-keys', path: async () => '/me/api-keys', expect: signedInPage(200) },
  {
    page: '/me/api-keys/{id}',
    path: async (world) => `/me/api-keys/${await clinicianKey(world)}`,
    expect: signedInPage(404, { clinician: 200 }),
  },
  { page: '/account-deleted', path: async () => '/account-deleted', expect: publicPage() },
  { page: '/invitations/accept', path: async () => '/invitations/accept?token=x', expect: publicPage(400) },
  { page: '/unsubscribe', path: async () => '/unsubscribe?scope=digest&token=x', expect: publicPage(400) },
];
