import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { de } from '../../../web/i18n/de';
import { it as italian } from '../../../web/i18n/it';
import { ro } from '../../../web/i18n/ro';

// Issue 17: the Worker loads a language's messages on the first request in it (web/i18n/index.ts).
// The other projects run many files in one runtime, where some earlier test has loaded every
// language already (tests/helpers/translator.ts); this file runs in a runtime of its own (the
// `limits` project isolates each file), so a path that forgets to load its language fails here.
// It imports the tables directly: that reads them without loading them into the translator.
const LANGUAGES = [
  ['de', de],
  ['it', italian],
  ['ro', ro],
] as const;

describe('the first request in a language, in a fresh runtime', () => {
  for (const [locale, table] of LANGUAGES) {
    it(`answers a page in ${locale}, in ${locale}`, async () => {
      const res = await SELF.fetch('https://bedside.test/challenges', {
        headers: { accept: 'text/html', 'accept-language': locale, 'cache-control': 'no-cache' },
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`lang="${locale}"`);
      expect(html).toContain(table['nav.skip']);
    });
  }
});
