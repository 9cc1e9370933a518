import { LOCALES, loadTranslator } from '../../web/i18n';

/**
 * Tests compare what they read with the translator's words in any language, often before any
 * request in that language has loaded its messages (the Worker loads a language on first use,
 * web/i18n/index.ts). Importing `translator` from here loads all four first.
 */
await Promise.all(LOCALES.map(loadTranslator));

export { translator } from '../../web/i18n';
