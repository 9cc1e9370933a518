import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { lookAtAnswer } from './look';
import { noScript, signInOn } from './people';

// A form sent with mistakes, without JavaScript, as a person reads what comes back: sentences in
// the page's language next to each field, naming it by its label; readable at 1280 and at 375 px
// and axe-clean. The page is the one the server answered the post with (a GET would lose the
// messages), so axe looks at a copy of that answer in a context where it may run.

const _baseURL = inject('baseURL');
const chromium = useChromium();

/** The text of every message next to a field, by field name. */
const fieldMessages = async (page: Page): Promise<Record<string, string>> => {
  const messages: Record<string, string> = {};
  for (const node of await page.locator('p.field-error[id$="-error"]').all()) {
    const id = (await node.getAttribute('id')) ?? '';
    messages[id.replace(/-error$/, '')] = ((await node.textContent()) ?? '').trim();
  }
  return messages;
};

/** The label the page shows for a field, without "(optional)". */
const labelOf = async (page: Page, name: string) =>
  ((await page.locator(`label[for="${name}"]`).textContent()) ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();

describe('messages on a form sent back, without JavaScript', () => {
  it('registering in German: a sentence per field, naming it, in German', async () => {
    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await page.goto('/register?lang=de');
    await page.locator('[name="name"]').fill('X');
    await page.locator('[name="email"]').fill('keine-adresse');
    await page.locator('[name="password"]').fill('kurz');
    await page.locator('[name="organization.country"]').fill('Deutschland');
    await page.locator('main form button[type="submit"]').last().click();

    const messages = await fieldMessages(page);
    expect(messages.password).toBe(`Geben Sie bei „${await labelOf(page, 'password')}“ mindestens 12 Zeichen ein.`);
    expect(messages.email).toContain(`„${await labelOf(page, 'email')}“`);
    // What was typed stays.
    await expect(page.locator('[name="email"]').inputValue()).resolves.toBe('keine-adresse');
    for (const text of Object.values(messages)) expect(text).not.toMatch(/Invalid|expected|>=|\b[a-z_]+\.\d+\b/);
    await expect(page.locator('#password').getAttribute('aria-describedby')).resolves.toContain('password-error');
    await lookAtAnswer(chromium, page, 'messages-register-de');
    await context.close();
  });

  it('a new challenge in Romanian: criteria named by row and label, a date that is no date', async () => {
    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await signInOn(page, 'clinician@demo.test');
    await page.goto('/challenges/new?lang=ro');
    await page.locator('[name="title"]').fill('Scurt');
    await page.locator('[name="criteria.1.weight"]').fill('500');
    await page.locator('[name="deadline"]').fill('2020-01-01');
    await page.locator('main form button[type="submit"]').last().click();

    const messages = await fieldMessages(page);
    expect(messages.title).toContain(`„${await labelOf(page, 'title')}”`);
    expect(messages['criteria.1.weight']).toBe('„Criteriul 2, pondere” trebuie să fie între 1 și 100.');
    for (const text of Object.values(messages)) {
      expect(text).not.toMatch(/Invalid|expected|>=|\b[a-z_]+\.\d+\b|\b(the|must|choose|fill)\b/i);
    }
    await lookAtAnswer(chromium, page, 'messages-challenge-ro');
    await context.close();
  });
});
