import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';

const baseURL = inject('baseURL');
const chromium = useChromium();

/** Without JavaScript: every form must work as plain HTML. */
const noScript = () => chromium.current.newContext({ javaScriptEnabled: false, baseURL });

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

describe('accounts in the browser, without JavaScript', () => {
  it('registers a solver, lands on my page, signs out and back in', async () => {
    const context = await noScript();
    const page = await context.newPage();
    const email = `e2e-${crypto.randomUUID().slice(0, 8)}@test.example`;

    await page.goto('/register');
    await fill(page, { 'Your name': 'Ada Solver', 'Email address': email, Password: 'a long enough password' });
    await page.getByLabel(/^Solver/).check();
    await fill(page, { 'Organization name': 'Ada Diagnostics', Country: 'IT' });
    await page.getByLabel('Kind of organization').selectOption('startup');
    await screenshot(page, 'register');
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.waitForURL('**/me?welcome=1')).resolves.toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My page');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Welcome to Bedside');
    await screenshot(page, 'me');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseURL}/`);
    await expect(page.getByRole('link', { name: 'Sign in' }).count()).resolves.toBe(1);

    await page.goto('/signin');
    await fill(page, { 'Email address': email, Password: 'a long enough password' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/me');
    await expect(page.getByRole('link', { name: 'My page' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('shows what is wrong next to the field and keeps what was typed', async () => {
    const context = await noScript();
    const page = await context.newPage();
    await page.goto('/register');
    await fill(page, { 'Your name': 'Bo', 'Email address': 'not-an-email', Password: 'short' });
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page.getByRole('alert').textContent()).resolves.toContain('Please correct the following');
    await expect(page.getByLabel('Email address', { exact: true }).inputValue()).resolves.toBe('not-an-email');
    await expect(page.getByLabel('Email address', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    const described = await page.getByLabel('Password', { exact: true }).getAttribute('aria-describedby');
    expect(described).toContain('password-error');
    await expect(page.locator('#password-error').textContent()).resolves.not.toBe('');
    await screenshot(page, 'register-errors');

    await page.goto('/signin');
    await fill(page, { 'Email address': 'clinician@demo.test', Password: 'wrong password here' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The email or password is wrong');
    await expect(page.getByLabel('Email address', { exact: true }).inputValue()).resolves.toBe('clinician@demo.test');
    await context.close();
  });

  it('refuses a sign-in form posted from another site', async () => {
    const res = await fetch(`${baseURL}/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'email=clinician%40demo.test&password=demo-password-1',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('signs in as a demo account and shows their challenges', async () => {
    const context = await noScript();
    const page = await context.newPage();
    await page.goto('/signin?next=/me');
    await fill(page, { 'Email address': 'clinician@demo.test', Password: 'demo-password-1' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/me');
    expect(
      await page.locator('#my-challenges ~ ul li, section[aria-labelledby="my-challenges"] li').count(),
    ).toBeGreaterThan(0);
    await context.close();
  });
});
