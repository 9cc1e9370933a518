import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { lookAt } from './look';
import * as people from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();

const EVALUATOR = 'evaluator@demo.test';
const CLINICIAN = 'clinician@demo.test';
const LANGUAGES = ['de', 'it'] as const;

interface Listed {
  id: string;
  my_conflict: boolean | null;
}

/** A JSON read with this browser's session. */
async function read<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/**
 * The demo challenge in evaluation (ctDNA), owned by the demo clinician and judged by the demo
 * evaluator, who declared on every solution (a conflict on one) and scored the others.
 */
let evaluator: { context: BrowserContext; page: Page };
let clinician: { context: BrowserContext; page: Page };
let challenge: string;
let scored: string;

beforeAll(async () => {
  evaluator = await people.signedIn(chromium.current, EVALUATOR);
  clinician = await people.signedIn(chromium.current, CLINICIAN);
  const found = await read<{ data: { id: string }[] }>(evaluator.page, '/api/v1/challenges?status=evaluation&q=ctDNA');
  challenge = found.data[0]?.id ?? '';
  expect(challenge).not.toBe('');
  const solutions = await read<{ data: Listed[] }>(evaluator.page, `/api/v1/challenges/${challenge}/solutions`);
  scored = solutions.data.find((s) => s.my_conflict === false)?.id ?? '';
  expect(scored).not.toBe('');
});

afterAll(async () => {
  await evaluator?.context.close();
  await clinician?.context.close();
});

/** Opens `path` in `lang` without JavaScript (200), then looks at it at 1280 and 375 px (axe, width, screenshots). */
async function open(who: { page: Page }, path: string, lang: string, name: string) {
  const res = await who.page.goto(`${path}?lang=${lang}`);
  expect(res?.status(), path).toBe(200);
  await lookAt(chromium, who.page, `judging-${name}-${lang}`);
}

/** The same page at `width` in a context that runs the test's measurements (the page itself has no script). */
async function measure(who: { page: Page }, path: string, width: number) {
  const context = await chromium.current.newContext({
    baseURL,
    viewport: { width, height: 900 },
    storageState: await who.page.context().storageState(),
  });
  const page = await context.newPage();
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  return { page, close: () => context.close() };
}

describe('judging pages, without JavaScript, at 1280 and 375 px', () => {
  for (const lang of LANGUAGES) {
    it(`the jury member's work list, declaration and score page (${lang})`, async () => {
      await open(evaluator, `/challenges/${challenge}/solutions`, lang, 'work-list');
      await open(evaluator, `/challenges/${challenge}/conflicts`, lang, 'declaration');
      // Every solution is named with its team and organization, each with both answers.
      const fieldsets = evaluator.page.locator('fieldset.declaration');
      expect(await fieldsets.count()).toBeGreaterThan(1);
      for (const fieldset of await fieldsets.all()) {
        expect(await fieldset.locator('input[type=radio]').count()).toBe(2);
        expect(await fieldset.locator('dd').count()).toBe(3);
      }
      await open(evaluator, `/solutions/${scored}/evaluation`, lang, 'score');
    });

    it(`the owner's jury page and ranking (${lang})`, async () => {
      await open(clinician, `/challenges/${challenge}/jury`, lang, 'jury');
      await open(clinician, `/challenges/${challenge}/ranking`, lang, 'ranking');
    });
  }

  it('the five score choices of each criterion sit in one row inside a phone screen', async () => {
    const { page, close } = await measure(evaluator, `/solutions/${scored}/evaluation?lang=de`, 375);
    const criteria = page.locator('fieldset.score-criterion');
    expect(await criteria.count()).toBeGreaterThan(1);
    for (const criterion of await criteria.all()) {
      const boxes = await Promise.all(
        (await criterion.locator('label.score-choice').all()).map(async (l) => (await l.boundingBox()) ?? undefined),
      );
      expect(boxes).toHaveLength(5);
      const tops = new Set(boxes.map((b) => Math.round(b?.y ?? -1)));
      expect(tops.size, 'one row').toBe(1);
      for (const box of boxes) {
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
        // A target a thumb can hit.
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
    }
    await close();
  });

  it('the decision for every solution is on a phone screen, and every criterion is on a wide one', async () => {
    const phone = await measure(clinician, `/challenges/${challenge}/ranking?lang=it`, 375);
    const selects = phone.page.locator('form#winners select');
    expect(await selects.count()).toBeGreaterThan(1);
    for (const select of await selects.all()) {
      const box = await select.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    }
    await phone.close();

    const wide = await measure(clinician, `/challenges/${challenge}/ranking?lang=de`, 1280);
    const region = await wide.page.locator('.table-scroll').last().boundingBox();
    const headers = wide.page.locator('table.ranking-means thead th');
    // #, the solution and six criteria.
    expect(await headers.count()).toBe(8);
    const last = await headers.last().boundingBox();
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual((region?.x ?? 0) + (region?.width ?? 0) + 1);
    await wide.close();
  });
});
