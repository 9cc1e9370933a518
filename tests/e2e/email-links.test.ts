import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { lookAt } from './look';
import { fill, followMailLink, noScript, signedIn } from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();
const PASSWORD = 'a long enough password';

/** Registers a solver through the page; they land on their page, address not yet confirmed. */
async function register(page: Page, email: string) {
  await page.goto('/register');
  await fill(page, { 'Your name': 'Rosa Confirm', 'Email address': email, Password: PASSWORD });
  await page.getByLabel(/^Solver/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/me?welcome=1');
}

/** An open demo challenge to take part in, as the API lists it to anyone. */
async function openChallenge(page: Page) {
  const res = await page.request.get('/api/v1/challenges?status=open&q=pharmacogenomic');
  return ((await res.json()) as { data: { id: string }[] }).data[0]?.id ?? '';
}

describe('links in emails, without JavaScript', () => {
  it('a new solver confirms their address from the email, then can submit a solution', async () => {
    const email = `rosa-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await register(page, email);
    const challenge = await openChallenge(page);

    // Before confirming, the challenge says what to do instead of offering forms that would refuse.
    await page.goto(`/challenges/${challenge}`);
    await expect(page.locator('main').textContent()).resolves.toContain('Confirm your email address to ask');
    await expect(page.getByLabel('Your question').count()).resolves.toBe(0);
    // A page that refuses them for that reason says why, with the button for a new link.
    const refused = await page.goto(`/challenges/${challenge}/solutions/new`);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      'Confirm your email address',
    );
    await lookAt(chromium, page, 'refused-unconfirmed');
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.waitForURL('**/me?done=sent');

    await followMailLink(page, email, 'Confirm', '/confirm-email');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Confirm your email address');
    await lookAt(chromium, page, 'confirm-email');
    await page.getByRole('button', { name: 'Confirm this address' }).click();
    await page.waitForURL('**/confirm-email/done*');
    await expect(page.locator('main').textContent()).resolves.toContain(`${email} is confirmed`);
    await lookAt(chromium, page, 'confirm-email-done');

    await page.goto(`/challenges/${challenge}`);
    await page.getByRole('link', { name: 'Submit a solution' }).click();
    await fill(page, {
      Title: `Genotype-first dosing ${email.slice(5, 13)}`,
      Summary: 'Pre-emptive CYP2D6 and CYP2C19 genotyping with dosing advice delivered into the EHR.',
      Approach: 'A validated qPCR panel in the hospital lab and CPIC rules in the prescribing system.',
    });
    await page.getByRole('button', { name: 'Submit the solution' }).click();
    await page.waitForURL('**/solutions/*?done=submitted');

    // The link works once: opened again, it says so instead of confirming anything.
    await followMailLink(page, email, 'Confirm', '/confirm-email');
    await expect(page.locator('main').textContent()).resolves.toMatch(/no longer valid|already/i);
    await context.close();
  });

  it('a forgotten password is reset from the email; the old one stops working', async () => {
    const email = `reset-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const setup = await noScript(chromium.current);
    await register(await setup.newPage(), email);
    await setup.close();

    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await lookAt(chromium, page, 'forgot-password');
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check your inbox');

    // The reset email is written by the queue, a moment after the answer.
    const mailbox = async () => {
      await page.goto('/dev/mailbox');
      return page.content();
    };
    await expect.poll(mailbox, { timeout: 15_000 }).toContain(email);
    await lookAt(chromium, page, 'mailbox');
    await followMailLink(page, email, 'password', '/reset-password');
    await lookAt(chromium, page, 'reset-password');
    await page.getByLabel('New password', { exact: true }).fill('an even longer new password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.waitForURL('**/signin*');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your new password is set');

    await fill(page, { 'Email address': email, Password: PASSWORD });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The email or password is wrong');
    await fill(page, { 'Email address': email, Password: 'an even longer new password' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/me');
    await context.close();
  });

  it('one click in a notification email stops that kind of email, without signing in', async () => {
    // A solver's question reaches the demo clinician by email, with a link to stop such emails.
    const solver = await signedIn(chromium.current, 'solver@demo.test');
    const challenge = await openChallenge(solver.page);
    await solver.page.goto(`/challenges/${challenge}`);
    await solver.page.getByLabel('Your question').fill('Is a pilot with a single ward possible?');
    await solver.page.getByRole('button', { name: 'Ask the question' }).click();
    await solver.page.waitForURL('**?done=asked*');
    await solver.context.close();

    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await followMailLink(page, 'clinician@demo.test', 'single ward', '/unsubscribe');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Stop these emails');
    await lookAt(chromium, page, 'unsubscribe');
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await expect(page.locator('main').textContent()).resolves.toContain('You will not get these emails any more');
    await lookAt(chromium, page, 'unsubscribed');
    await context.close();

    // The clinician's settings say so.
    const clinician = await signedIn(chromium.current, 'clinician@demo.test');
    const prefs = await clinician.context.request.get('/api/v1/me/notification-preferences');
    expect((await prefs.json()).channels.question_asked).toBe('off');
    await clinician.context.close();
  });

  it('account settings and the mailbox message read well at 1280 and 375 px', async () => {
    const { context, page } = await signedIn(chromium.current, 'solver@demo.test');
    await page.goto('/me/account');
    await lookAt(chromium, page, 'account-settings');
    await page.goto('/dev/mailbox');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL('**/dev/mailbox/*');
    await lookAt(chromium, page, 'mailbox-message');
    expect(page.url().startsWith(baseURL)).toBe(true);
    await context.close();
  });
});
