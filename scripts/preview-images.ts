// npm run preview-images: draws the link-preview pictures (1200 × 630 PNG) under web/public/previews/,
// one per cluster in web/components/preview.ts PREVIEW_IMAGES and `default.png`, in the Chromium
// the browser tests use. Run it after adding a cluster's name below; commit the pictures.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { PREVIEW_IMAGES, PREVIEW_SIZE } from '../web/components/preview';

const NAMES: Record<(typeof PREVIEW_IMAGES)[number], string> = {
  'life-science-nord': 'Life Science Nord',
  'medizin-nrw': 'Medizin.NRW',
  'imago-mol': 'IMAGO-MOL',
  biorn: 'BioRN',
  'clust-er-health': 'Clust-ER Health',
};

const html = (text: string) => text.replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A plain card in the site's colours: the name, the cluster (if any) and the tagline. */
const card = (cluster?: string) => `<!doctype html><html><body style="margin:0;width:${PREVIEW_SIZE.width}px;
  height:${PREVIEW_SIZE.height}px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;
  box-sizing:border-box;background:#0b5cad;color:#fff;font-family:'DejaVu Sans',sans-serif">
  <div style="font-size:104px;font-weight:700;letter-spacing:-2px">Bedside</div>
  ${cluster ? `<div style="font-size:60px;margin-top:24px;color:#dbe9f8">${html(cluster)}</div>` : ''}
  <div style="font-size:38px;margin-top:48px;border-top:6px solid #fff;padding-top:32px;max-width:1020px">
  Clinical needs meet the people who can solve them</div></body></html>`;

// Debian's Chromium, as the browser tests use it (tests/e2e/browser.ts); we never download a browser.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: PREVIEW_SIZE });
mkdirSync('web/public/previews', { recursive: true });
for (const [file, cluster] of [['default', undefined], ...PREVIEW_IMAGES.map((slug) => [slug, NAMES[slug]])]) {
  await page.setContent(card(cluster));
  await page.screenshot({ path: `web/public/previews/${file}.png` });
}
await browser.close();
