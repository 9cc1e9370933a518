import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { signedIn } from './people';

const chromium = useChromium();

const signedInWithScript = (email: string) => signedIn(chromium.current, email, { javaScript: true });

/** The demo challenge in evaluation that the demo clinician owns and the demo evaluator judges. */
async function inEvaluation(request: import('playwright-core').APIRequestContext) {
  const res = await request.get('/api/v1/challenges?status=evaluation&q=ctDNA');
  return ((await res.json()) as { data: { id: string }[] }).data[0]?.id;
}

describe('progressive enhancement (JavaScript on)', () => {
  it('the score form shows the weighted score as criteria are scored', async () => {
    const { context, page } = await signedInWithScript('evaluator@demo.test');
    const id = await inEvaluation(context.request);
    const list = await context.request.get(`/api/v1/challenges/${id}/solutions`);
    const cleared = ((await list.json()) as { data: { id: string; my_conflict: boolean | null }[] }).data.find(
      (s) => s.my_conflict === false,
    );
    await page.goto(`/solutions/${cleared?.id}`);
    const preview = page.locator('[data-preview] output');
    const groups = page.locator('#score fieldset');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByLabel('5 · excellent').check();
    await expect(preview.textContent()).resolves.toBe('With these scores: 100 of 100.');
    for (let i = 0; i < count; i++) await groups.nth(i).getByLabel('1 · poor').check();
    await expect(preview.textContent()).resolves.toBe('With these scores: 0 of 100.');
    await groups.nth(0).getByLabel('3 · fair').check();
    await expect(preview.textContent()).resolves.not.toBe('With these scores: 0 of 100.');
    await screenshot(page, 'score-preview');
    await context.close();
  });

  it('deciding asks first, and a "no" leaves everything as it was', async () => {
    const { context, page } = await signedInWithScript('clinician@demo.test');
    const id = await inEvaluation(context.request);
    await page.goto(`/challenges/${id}/ranking`);
    const asked: string[] = [];
    page.on('dialog', async (dialog) => {
      asked.push(dialog.message());
      await dialog.dismiss();
    });
    await page.locator('select').first().selectOption('winner');
    await page.getByRole('button', { name: 'Decide and publish the results' }).click();
    expect(asked).toEqual(['Decide now? This cannot be undone: the results become public.']);
    expect(page.url()).toContain(`/challenges/${id}/ranking`);
    const challenge = await context.request.get(`/api/v1/challenges/${id}`);
    await expect(challenge.json()).resolves.toMatchObject({ status: 'evaluation' });
    await context.close();
  });

  it('a form on its way cannot be sent twice', async () => {
    const { context, page } = await signedInWithScript('solver@demo.test');
    const open = await context.request.get('/api/v1/challenges?status=open&q=pharmacogenomic%20dosing');
    const id = ((await open.json()) as { data: { id: string }[] }).data[0]?.id;
    await page.goto(`/challenges/${id}`);
    const body = `Is a pilot ward already chosen ${crypto.randomUUID().slice(0, 8)}`;
    await page.getByLabel('Your question').fill(body);
    // Answer the post with 204 No Content, so the page stays and can be looked at afterwards.
    const posted: string[] = [];
    await page.route('**/questions', async (route) => {
      posted.push(route.request().postData() ?? '');
      await route.fulfill({ status: 204 });
    });
    const ask = page.getByRole('button', { name: 'Ask the question' });
    await ask.click();
    await expect.poll(() => ask.isDisabled()).toBe(true);
    await ask.click({ force: true });
    expect(posted).toEqual([`body=${encodeURIComponent(body).replace(/%20/g, '+')}`]);
    await context.close();
  });
});
