import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../web/i18n';
import { LEGAL_DOCUMENTS, legalPath } from '../../web/legal/documents';
import { legalHtml } from '../../web/legal/render';
import { page } from '../helpers/pages';
import { translator } from '../helpers/translator';

/** The operator's details as wrangler.toml [vars] set them for this deployment. */
const vars = env as typeof env &
  Record<'OPERATOR_NAME' | 'OPERATOR_ADDRESS' | 'OPERATOR_CONTACT' | 'PRIVACY_CONTACT', string>;

const footerOf = (html: string) => html.slice(html.indexOf('<footer'));
/** The registration form, from its opening tag to its end. */
const registerFormOf = (html: string) => {
  const start = html.indexOf('<form method="post" action="/register"');
  return html.slice(start, html.indexOf('</form>', start));
};

describe('legal pages', () => {
  for (const locale of LOCALES) {
    for (const document of LEGAL_DOCUMENTS) {
      it(`${legalPath(document)} in ${locale} names the operator from the configuration`, async () => {
        const res = await page(`${legalPath(document)}?lang=${locale}`);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain(`<html lang="${locale}"`);
        expect(html).toContain(`<h1>${translator(locale).t(`legal.${document}.title`)}</h1>`);
        for (const value of [vars.OPERATOR_NAME, vars.OPERATOR_CONTACT, vars.PRIVACY_CONTACT]) {
          expect(value, 'a placeholder value in wrangler.toml').toBeTruthy();
          expect(html).toContain(value);
        }
        for (const line of vars.OPERATOR_ADDRESS.split('\n')) expect(html).toContain(line);
        // The text's own placeholders are all filled in.
        expect(html).not.toMatch(/\{(operator|privacy)_\w+\}/);
      });
    }

    it(`every footer links to the three legal pages (${locale})`, async () => {
      for (const path of ['/', '/challenges', '/register', '/privacy', '/no-such-page']) {
        const footer = footerOf(await (await page(`${path}?lang=${locale}`)).text());
        for (const document of LEGAL_DOCUMENTS) {
          const title = translator(locale).t(`legal.${document}.title`);
          expect(footer, `${path} in ${locale}`).toMatch(
            new RegExp(`<a href="${legalPath(document)}"[^>]*>${title}</a>`),
          );
        }
      }
    });

    it(`the registration form links to the terms and the privacy notice (${locale})`, async () => {
      const form = registerFormOf(await (await page(`/register?lang=${locale}`)).text());
      const { t } = translator(locale);
      expect(form).toContain(`<a href="/terms">${t('legal.register.terms_link')}</a>`);
      expect(form).toContain(`<a href="/privacy">${t('legal.register.privacy_link')}</a>`);
      expect(form).not.toContain('{terms}');
    });
  }

  it('shows an operator value as plain text, never as HTML or Markdown', () => {
    const html = legalHtml('imprint', 'en', {
      name: '<script>alert(1)</script> *Acme* [x](javascript:alert(1))',
      address: 'Line 1\nLine 2',
      contact: 'office@acme.example',
      privacyContact: 'Ask at the front desk',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; *Acme* [x](javascript:alert(1))');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('Line 1, Line 2');
    expect(html).toContain('<a href="mailto:office@acme.example">office@acme.example</a>');
  });
});
