import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_EVENT_UPCOMING } from '../../worker/seed/demo-events';
import { axeContext, checkPage, newAxeContext } from './axe';
import { screenshot, useChromium } from './browser';
import { api, challengeId } from './demo';
import { noScript, signInOn } from './people';

/**
 * Link previews, the sitemap, dark mode and print (issue 18), in Chromium. The preview tags are
 * read with JavaScript off, as a crawler reads them; axe needs JavaScript, so the looks are
 * checked in a context that has it (the pages render the same without). `npm run screenshots`
 * leaves in test-results/screenshots/: <page>-dark-1280.jpg, <page>-dark-375.jpg, challenge-print.jpg.
 */

const baseURL = inject('baseURL');
const chromium = useChromium();

let crawler: BrowserContext;
let sepsis: string;
beforeAll(async () => {
  crawler = await noScript(chromium.current);
  sepsis = await challengeId(crawler.request, 'decided', 'sepsis');
});
afterAll(async () => {
  await crawler?.close();
});

/** The little of the DOM's XML parser the sitemap check uses (the tests compile without the DOM's types). */
interface XmlParser {
  parseFromString(
    text: string,
    type: string,
  ): {
    documentElement: { namespaceURI: string | null; localName: string };
    getElementsByTagName(name: string): ArrayLike<{ textContent: string }> & Iterable<{ textContent: string }>;
  };
}

/** A computed background colour, read in the page. */
const background = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { getComputedStyle } = globalThis as unknown as {
      getComputedStyle: (e: unknown) => { backgroundColor: string };
    };
    return getComputedStyle(element).backgroundColor;
  });

const attr = (page: Page, selector: string, name: string) => page.locator(selector).first().getAttribute(name);

describe('a challenge link shared in a chat', () => {
  it('previews with its title, summary, the cluster’s picture, a canonical address and its languages', async () => {
    const page = await crawler.newPage();
    await page.goto(`/challenges/${sepsis}`);
    const { title } = await api(crawler.request, `/api/v1/challenges/${sepsis}`);
    expect(await attr(page, 'meta[property="og:title"]', 'content')).toBe(title);
    expect(await page.title()).toBe(`${title} · Bedside`);
    const description = await attr(page, 'meta[name="description"]', 'content');
    expect(description).toMatch(/^Our wards|sepsis/i);
    expect(await attr(page, 'meta[property="og:description"]', 'content')).toBe(description);
    expect(await attr(page, 'meta[property="og:type"]', 'content')).toBe('article');
    expect(await attr(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);

    const canonical = `${baseURL}/challenges/${sepsis}?lang=en`;
    expect(await attr(page, 'link[rel="canonical"]', 'href')).toBe(canonical);
    expect(await attr(page, 'meta[property="og:url"]', 'content')).toBe(canonical);

    // The demo challenge is Clust-ER Health's: its own picture, a real PNG of the announced size.
    const image = await attr(page, 'meta[property="og:image"]', 'content');
    expect(image).toBe(`${baseURL}/previews/clust-er-health.png`);
    const png = await crawler.request.get(image ?? '');
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

    // Each alternate renders its language, though this browser asks for English.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates.map(([lang]) => lang)).toEqual(['en', 'de', 'it', 'ro', 'x-default']);
    for (const [lang, href] of alternates.slice(0, 4)) {
      await page.goto(href ?? '');
      expect(await page.locator('html').getAttribute('lang'), href ?? '').toBe(lang);
      expect(await attr(page, 'meta[property="og:locale"]', 'content')).toMatch(new RegExp(`^${lang}_`));
    }
    await page.close();
  });

  it('of a signed-in page tells a crawler nothing but noindex', async () => {
    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await signInOn(page, 'clinician@demo.test');
    expect(await attr(page, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(await page.locator('meta[property^="og:"]').count()).toBe(0);
    await context.close();
  });
});

describe('the sitemap', () => {
  it('is an index of well-formed sitemaps that list the public challenges', async () => {
    // Parsed by the browser's own XML parser, in a page of ours (same origin).
    const context = await chromium.current.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/robots.txt');
    expect(await page.locator('body').textContent()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const parse = (path: string) =>
      page.evaluate(async (url) => {
        const res = await fetch(url);
        const { DOMParser } = globalThis as unknown as { DOMParser: new () => XmlParser };
        const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
        return {
          type: res.headers.get('content-type'),
          error: doc.getElementsByTagName('parsererror').length > 0,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent),
        };
      }, path);
    const index = await parse('/sitemap.xml');
    expect(index).toMatchObject({
      type: 'application/xml; charset=utf-8',
      error: false,
      root: 'http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex',
    });
    const kinds = index.locs.map((loc) => new URL(loc).pathname);
    expect([...new Set(kinds)].sort()).toEqual(
      ['calls', 'challenges', 'clusters', 'organizations'].map((k) => `/sitemaps/${k}.xml`),
    );
    const urls: string[] = [];
    for (const loc of index.locs) {
      const file = await parse(loc.slice(baseURL.length));
      expect(file.error, loc).toBe(false);
      expect(file.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
      urls.push(...file.locs);
    }
    expect(urls).toContain(`${baseURL}/challenges/${sepsis}`);
    expect(urls).toContain(`${baseURL}/clusters/clust-er-health`);
    await context.close();
  });
});

/** Pages seen in dark mode, anonymous and signed in. */
const DARK: { name: string; path: () => string; account?: string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'catalogue', path: () => '/challenges' },
  { name: 'challenge-decided', path: () => `/challenges/${sepsis}` },
  { name: 'cluster', path: () => '/clusters/clust-er-health' },
  { name: 'event', path: () => `/events/${DEMO_EVENT_UPCOMING}` },
  { name: 'register-de', path: () => '/register?lang=de' },
  { name: 'my-page', path: () => '/me', account: 'moderator@demo.test' },
  { name: 'moderation', path: () => '/moderation', account: 'moderator@demo.test' },
];

describe('dark mode', () => {
  for (const { name, path, account } of DARK) {
    it(`${name}: no axe violations (contrast included) at 1280 and 375 px`, async () => {
      const context = await newAxeContext(chromium.current, { colorScheme: 'dark' });
      const page = await context.newPage();
      if (account) await signInOn(page, account);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await checkPage(page, path(), Boolean(account));
        // Dark really applies: the page's background is the dark paper.
        expect(await background(page, 'body')).not.toBe('rgb(255, 255, 255)');
        await screenshot(page, `${name}-dark-${width}`);
      }
      await context.close();
    });
  }
});

describe('print', () => {
  it('the challenge page prints light, without navigation or forms, and without axe violations', async () => {
    const context = await axeContext(chromium);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await checkPage(page, `/challenges/${sepsis}`, false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('main form').first().isVisible()).toBe(false);
    // Paper is white even when the screen is dark.
    expect(await background(page, 'html')).toBe('rgb(255, 255, 255)');
    await screenshot(page, 'challenge-print');
    await context.close();
  });
});
