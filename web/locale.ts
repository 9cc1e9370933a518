import { languageDetector } from 'hono/language';
import type { Ctx } from './ctx';
import { isLocale, LOCALES, type Translator, translator } from './i18n';

/** `?lang=` (remembered in a cookie), then the cookie, then Accept-Language, then English. */
export const detectLocale = languageDetector({
  supportedLanguages: [...LOCALES],
  fallbackLanguage: 'en',
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  caches: ['cookie'],
  cookieOptions: { path: '/', sameSite: 'Lax', secure: true, httpOnly: true, maxAge: 365 * 24 * 3600 },
  convertDetectedLanguage: (lang) => lang.slice(0, 2).toLowerCase(),
});

export function translatorFor(c: Ctx): Translator {
  const language: unknown = c.var.language;
  return translator(isLocale(language) ? language : 'en');
}
