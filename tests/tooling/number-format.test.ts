import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../web/i18n';
import { translator } from '../helpers/translator';

// The translator's numbers skip Intl for small whole numbers and remember what it formatted
// (issue 17: web/i18n/index.ts, formatNumber): it must read exactly as Intl would, in every language.
const INTL = { en: 'en-GB', de: 'de', it: 'it', ro: 'ro' } as const;

describe('tr.number reads as Intl.NumberFormat does', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: whole numbers, decimals with options, the same value twice`, () => {
      const tr = translator(locale);
      const plain = new Intl.NumberFormat(INTL[locale]);
      for (const n of [0, 1, 7, 42, 999, 1_000, 12_345, -3, 2.5]) expect(tr.number(n)).toBe(plain.format(n));
      const options = { maximumFractionDigits: 2 };
      const two = new Intl.NumberFormat(INTL[locale], options);
      for (const v of [2.71, 1234.567, 0.005, 2.71]) expect(tr.number(v, options)).toBe(two.format(v));
    });
  }
});

describe('a translator per locale', () => {
  it('is made once and given to every request after (its plural rules cost more to build than to use)', () => {
    for (const locale of LOCALES) {
      const first = translator(locale);
      expect(translator(locale)).toBe(first);
      expect(first.locale).toBe(locale);
    }
  });
});
