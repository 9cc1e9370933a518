import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { openPgx, post } from './demo';
import * as people from './people';

const chromium = useChromium();

/** A one-page PDF, as a solver's file would be. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describe('attachments, without JavaScript', () => {
  it('a solver attaches a PDF to their solution through the plain form, at phone width, and it downloads', async () => {
    const { context, page } = await people.signedIn(chromium.current, 'solver@demo.test');
    const challenge = await openPgx(context.request);
    const solution = await post(context.request, `/api/v1/challenges/${challenge}/solutions`, {
      title: `Dosing model with its validation report ${crypto.randomUUID().slice(0, 6)}`,
      summary: 'A dosing model for CYP2C19 poor metabolisers, with the validation report attached.',
      approach: 'Gradient-boosted model on genotype and clinical covariates; the report is the attachment.',
      trl: 5,
    });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/solutions/${solution.id}`);
    await page.getByLabel('File to attach').setInputFiles({
      name: 'Validation report.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Attach the file' }).click();
    await page.waitForURL('**?done=attached**');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('The file is attached.');
    const link = page.getByRole('link', { name: 'Download Validation report.pdf' });
    await expect(link.count()).resolves.toBe(1);
    await screenshot(page, 'solution-attachments-375');

    const href = (await link.getAttribute('href')) ?? '';
    const download = await context.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain('attachment; filename="Validation report.pdf"');
    expect(Buffer.compare(await download.body(), PDF)).toBe(0);
    await context.close();
  });
});
