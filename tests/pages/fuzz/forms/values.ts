import { fc } from '@fast-check/vitest';

// The values the page form fuzzer (../page-forms-fuzz.test.ts) puts in form fields.

/** Hostile strings; the `pf(` scripts are looked for, unescaped, in every answer. */
export const SCRIPTS = [
  '<script>pf(1)</script>',
  '"><script>pf(2)</script>',
  '</textarea><script>pf(3)</script>',
  "'><ScRiPt>pf(4)</ScRiPt>",
];
export const JUNK = [
  '',
  ' ',
  '\t\n',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '3.5',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  'a\ud83dz',
  '\u202eevil\u202c',
  '\u200f\u05e9\u05dc\u05d5\u05dd',
  'مرحبا',
  '\ufeffbom',
  'Z\u0351\u0352\u0353\u0354',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '%00',
  '%ZZ',
  '💉🧬'.repeat(30),
  'x'.repeat(5_000),
  ...SCRIPTS,
];
export const junk = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Prose long enough for the fields with a minimum (a title has 8 characters, a summary 20). */
export const words = fc.lorem({ maxCount: 8 }).map((s) => `${s} for the page fuzzing suite`);
/** The fields of an event's form (issue 16): times as a datetime-local field sends them, in a time zone. */
export const eventForm = {
  title: words,
  topic: words,
  description: words,
  mode: fc.constantFrom('on_site', 'online', 'x'),
  timezone: fc.constantFrom('Europe/Berlin', 'Europe/Bucharest', 'Mars/Olympus', ''),
  starts_at: fc.constantFrom('2030-03-15T09:00', '2020-01-01T09:00', 'x', ''),
  ends_at: fc.constantFrom('2030-03-15T13:00', '2030-03-15T08:00', 'x', ''),
  venue: words,
  link: fc.constantFrom('https://meet.example.org/x', 'javascript:alert(1)', ''),
  capacity: fc.constantFrom('', '1', '0', '-5', 'x'),
  terms: words,
  slot_minutes: fc.constantFrom('20', '4', 'x'),
  tables: fc.constantFrom('10', '0', 'x'),
};
export const oneOf = (values: readonly string[]) => fc.constantFrom(...values);
export const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
export const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const future = fc
  .date({ min: new Date('2028-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
