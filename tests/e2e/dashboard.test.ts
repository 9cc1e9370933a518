import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeContext, axePages, checkPage } from './axe';
import { screenshot, useChromium } from './browser';
import { fill, signInOn } from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();
const pageFor = axePages(chromium);

interface Case {
  name: string;
  account: string;
  path: string | ((page: Page) => Promise<string>);
}

/** The first demo cluster's page, as the admin sees it (with its moderators section). */
const firstClusterOf = async (page: Page) => {
  const res = await page.request.get('/api/v1/clusters');
  return (await res.json()).data[0] as { slug: string; name: string };
};
const firstCluster = async (page: Page) => `/clusters/${(await firstClusterOf(page)).slug}`;

const CASES: Case[] = [
  { name: 'me-moderator', account: 'moderator@demo.test', path: '/me' },
  { name: 'me-clinician', account: 'clinician@demo.test', path: '/me' },
  { name: 'me-solver', account: 'solver@demo.test', path: '/me' },
  { name: 'me-evaluator', account: 'evaluator@demo.test', path: '/me' },
  { name: 'me-moderator-de', account: 'moderator@demo.test', path: '/me?lang=de' },
  { name: 'me-clinician-ro', account: 'clinician@demo.test', path: '/me?lang=ro' },
  { name: 'admin-emails', account: 'admin@demo.test', path: '/admin/emails' },
  { name: 'admin-emails-it', account: 'admin@demo.test', path: '/admin/emails?status=sent&lang=it' },
  { name: 'admin-emails-sent', account: 'admin@demo.test', path: '/admin/emails?status=sent' },
  { name: 'cluster-admin', account: 'admin@demo.test', path: firstCluster },
];

/** Registers a new clinician account through the form; it lands on my page, its address unconfirmed. */
async function register(page: Page, prefix: string) {
  await page.goto('/register');
  await fill(page, {
    'Your name': 'Dr. Una Confirmed',
    'Email address': `${prefix}-${crypto.randomUUID().slice(0, 8)}@test.example`,
    Password: 'a long enough password',
  });
  await page.getByLabel(/^Clinician/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/me?welcome=1');
}

/** The page is no wider than the viewport: nothing to scroll sideways at 375 px. */
async function fitsWidth(page: Page, width: number) {
  const scrollWidth = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );
  expect(scrollWidth, page.url()).toBeLessThanOrEqual(width);
}

describe('dashboard pages: axe, narrow screens, screenshots', () => {
  it('a new, unconfirmed account sees what it cannot do yet, and sends the link again without JavaScript', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await register(page, 'unconfirmed');
    await expect(page.getByRole('heading', { name: 'Confirm your email address' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'me-unconfirmed-375');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.waitForURL('**/me?done=sent');
    await expect(page.getByText('A new confirmation link is on its way').isVisible()).resolves.toBe(true);
    await context.close();

    const axe = await axeContext(chromium);
    const checked = await axe.newPage();
    await register(checked, 'unconfirmed-axe');
    await checkPage(checked, '/me?done=sent', true);
    await axe.close();
  });

  for (const { name, account, path } of CASES) {
    it(`${name}: no axe violations, fits 375 px, screenshots at 1280 and 375 px`, async () => {
      const page = await pageFor(account);
      const target = typeof path === 'string' ? path : await path(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await checkPage(page, target, true);
      await screenshot(page, `${name}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      await checkPage(page, target, true);
      await fitsWidth(page, 375);
      await screenshot(page, `${name}-375`);
    });
  }

  it('an admin invites a moderator on the cluster page; the invitee finds it on their page; the admin revokes it', async () => {
    const admin = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await admin.newPage();
    await signInOn(page, 'admin@demo.test');
    const cluster = await firstClusterOf(page);
    await page.goto(`/clusters/${cluster.slug}`);
    await fill(page, { 'Their email address': 'evaluator@demo.test' });
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.waitForURL('**?done=invited#moderators');
    await expect(page.getByRole('cell', { name: 'evaluator@demo.test' }).first().isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'cluster-invited-1280');

    const invitee = await axeContext(chromium);
    const mine = await invitee.newPage();
    await signInOn(mine, 'evaluator@demo.test');
    await mine.setViewportSize({ width: 375, height: 800 });
    await checkPage(mine, '/me', true);
    // (Other browser tests may have invited this demo account to a jury meanwhile.)
    await expect(
      mine.getByRole('button', { name: `Accept the invitation: ${cluster.name}`, exact: true }).count(),
    ).resolves.toBe(1);
    await fitsWidth(mine, 375);
    await screenshot(mine, 'me-invited-375');
    await mine.setViewportSize({ width: 1280, height: 900 });
    await screenshot(mine, 'me-invited-1280');
    await invitee.close();

    await page.getByRole('button', { name: 'Revoke the invitation to evaluator@demo.test' }).click();
    await page.waitForURL('**?done=revoked#moderators');
    await admin.close();
  });
});
