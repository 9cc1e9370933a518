import { LOCALES, type Locale, loadTranslator, translator } from '../../../web/i18n';

// The Worker loads a language on its first request in it (web/i18n/index.ts); the renders below
// are measured after, so every table is loaded before any page is built.
await Promise.all(LOCALES.map(loadTranslator));

import type { PageContext } from '../../../web/page';
import type { Viewer } from '../../../web/viewer';

/**
 * Made-up data of the bench's sizes for the render benchmark: deterministic (the same figures
 * every run), realistic in length (titles, names and summaries as long as the seeded ones).
 */

/** A UUID-shaped id, the n-th of its kind. */
export const id = (kind: number, n: number) =>
  `0190${kind.toString(16).padStart(4, '0')}-7000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** An ISO instant `days` after 1 March 2027 (10:00 UTC), `n` minutes on. */
export const at = (days: number, minutes = 0) => new Date(Date.UTC(2027, 2, 1 + days, 10, minutes)).toISOString();

const FIRST = ['Anna', 'Marco', 'Ioana', 'Lukas', 'Giulia', 'Andrei', 'Sophie', 'Matteo', 'Elena', 'Jonas'];
const LAST = ['Keller', 'Rossi', 'Popescu', 'Schmidt', 'Bianchi', 'Ionescu', 'Weber', 'Ferrari', 'Dumitru', 'Braun'];
export const person = (n: number) => `${FIRST[n % 10]} ${LAST[Math.floor(n / 10) % 10]}`;

const ORGS = ['Universitätsklinikum', 'Ospedale San Raffaele', 'Spitalul Clinic', 'MedTech', 'Genomics', 'Diagnostics'];
export const organization = (n: number) => `${ORGS[n % ORGS.length]} ${['Nord', 'Sud', 'Est', 'West'][n % 4]} ${n}`;

const TOPICS = [
  'Pharmacogenomic dosing alerts',
  'Liquid biopsy for minimal residual disease',
  'AI triage of incidental lung nodules',
  'Multi-omics stratification',
  'Companion diagnostic turnaround',
  'Remote monitoring after valve replacement',
];
export const title = (n: number) => `${TOPICS[n % TOPICS.length]} — approach ${n + 1}`;

/** A paragraph of `words` words, as a summary or a description reads. */
export const prose = (n: number, words = 60) => {
  const pool =
    'patients clinicians genome pathway stratification biomarker validated cohort outcomes screening sepsis stroke diabetes retina kidney liver tumour wearable triage dashboard workflow hospital evidence'.split(
      ' ',
    );
  return Array.from({ length: words }, (_, i) => pool[(n * 7 + i * 3) % pool.length]).join(' ');
};

/** The page context a route builds: the bench asks for pages in German (its `Accept-Language`). */
export const pageContext = (path: string, viewer: Viewer = signedIn(), locale: Locale = 'de'): PageContext => ({
  tr: translator(locale),
  viewer,
  path,
  origin: 'https://bedside.example',
});

export const signedIn = (moderator = true): Viewer => ({
  name: 'Morgan Moderator',
  moderator,
  clinician: false,
  unread: 3,
});

/** The n-th of `items`, round and round. */
export const cycle = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
