import { env } from 'cloudflare:test';
import { type PageCase, publicPage } from './types';

/** The newest email the tests wrote (every world registers accounts, each gets a confirmation). */
const newestEmail = async () =>
  (await env.DB.prepare('SELECT id FROM email_outbox ORDER BY id DESC LIMIT 1').first<{ id: string }>())?.id ?? '';

/** The development mailbox: open to everyone where it exists (tests run with DEV_MAILBOX on, like npm start). */
export const devCases: PageCase[] = [
  { page: '/dev/mailbox', path: async () => '/dev/mailbox', expect: publicPage() },
  { page: '/dev/mailbox/{id}', path: async () => `/dev/mailbox/${await newestEmail()}`, expect: publicPage() },
  {
    page: '/dev/mailbox/{id}/html',
    path: async () => `/dev/mailbox/${await newestEmail()}/html`,
    expect: publicPage(),
  },
];
