/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { translator } from '../../helpers/translator';

// Every date and number people read is formatted in one place, the translator (web/i18n/index.ts),
// which writes English for Europe ("31 Mar 2027"). A formatter made anywhere else would pick its
// own locale and bring "Mar 31, 2027" back.

const sources = import.meta.glob(['/web/**/*.{ts,tsx}', '/worker/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const FORMATTING =
  /new Intl\.(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat)\b|\.toLocale(Date|Time)?String\(/;
/** Where a formatter may be made: the translator; and checking that a time zone exists, which formats nothing. */
const ALLOWED: Record<string, RegExp> = {
  '/web/i18n/index.ts': FORMATTING,
  '/worker/domain/notifications/digest-time.ts': /new Intl\.DateTimeFormat\('en', \{ timeZone: value \}\)/,
};

describe('dates and numbers are formatted in one place', () => {
  it('finds the sources it reads', () => {
    expect(Object.keys(sources)).toContain('/web/i18n/index.ts');
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  it('no page, email or form makes a formatter of its own', () => {
    const elsewhere = Object.entries(sources).flatMap(([path, text]) =>
      text
        .split('\n')
        .filter((line) => FORMATTING.test(line) && !ALLOWED[path]?.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(elsewhere).toEqual([]);
  });

  it('the translator joins names as each language does, English for Europe too', () => {
    const names = ['Life Science Nord', 'Medizin.NRW', 'BioRN'];
    expect(translator('en').list(names)).toBe('Life Science Nord, Medizin.NRW and BioRN');
    expect(translator('de').list(names)).toBe('Life Science Nord, Medizin.NRW und BioRN');
    expect(translator('it').list(names, 'disjunction')).toBe('Life Science Nord, Medizin.NRW o BioRN');
    expect(translator('ro').list(names)).toBe('Life Science Nord, Medizin.NRW și BioRN');
    expect(translator('en').date('2027-03-31T12:00:00Z')).toBe('31 Mar 2027');
  });
});
