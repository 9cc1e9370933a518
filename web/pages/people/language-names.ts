import type { Translator } from '../../i18n';

/** A language's name in the page's language ("Deutsch" on a German page), from its ISO 639-1 code. */
export function languageName(tr: Translator, code: string): string {
  const names = new Intl.DisplayNames([tr.locale], { type: 'language', fallback: 'code' });
  return names.of(code) ?? code;
}
