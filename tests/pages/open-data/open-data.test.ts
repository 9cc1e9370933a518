import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../web/i18n';
import { page } from '../../helpers/pages';
import { translator } from '../../helpers/translator';

const operator = (env as typeof env & { OPERATOR_NAME: string }).OPERATOR_NAME;
const footerOf = (html: string) => html.slice(html.indexOf('<footer'));
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

describe('the open-data page', () => {
  for (const locale of LOCALES) {
    it(`lists each dataset with its downloads and the licence, in ${locale}`, async () => {
      const res = await page(`/open-data?lang=${locale}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const { t } = translator(locale);
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toContain(`<h1>${t('open_data.title')}</h1>`);
      expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">');
      expect(html).toContain(escaped(t('open_data.licence.text', { operator })));
      for (const name of ['challenges', 'results', 'calls', 'cooperation_milestones'] as const) {
        const title = t(`open_data.dataset.${name}.title`);
        expect(html).toContain(`<h2 id="dataset-${name}">${title}</h2>`);
        expect(html).toMatch(new RegExp(`<a href="/api/v1/open-data/${name}.csv" download[^>]*>`));
        expect(html).toContain(`<a href="/api/v1/open-data/${name}.json">`);
        expect(html).toContain(`<summary>${escaped(t('open_data.columns', { dataset: title }))}</summary>`);
      }
    });
  }

  it('is linked from every footer', async () => {
    for (const path of ['/', '/challenges', '/open-data']) {
      const footer = footerOf(await (await page(path)).text());
      expect(footer).toMatch(/<a href="\/open-data"[^>]*>Open data<\/a>/);
    }
  });

  it('downloads the files it links to', async () => {
    const html = await (await page('/open-data')).text();
    const links = [...html.matchAll(/href="(\/api\/v1\/open-data[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(links).toHaveLength(9);
    for (const link of links) expect((await page(link)).status, link).toBe(200);
  });
});
