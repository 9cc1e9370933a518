import { setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { languageDetector } from 'hono/language';
import type { Ctx } from './ctx';
import { isLocale, LOCALES, loadTranslator, type Translator, translator } from './i18n';

const convert = (lang: string) => lang.slice(0, 2).toLowerCase();

const detect = languageDetector({
  supportedLanguages: [...LOCALES],
  fallbackLanguage: 'en',
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  caches: false,
  convertDetectedLanguage: convert,
});

/**
 * `?lang=` (remembered in a cookie), then the cookie, then Accept-Language, then English. Only a
 * choice made with `?lang=` sets the cookie: an answer that sets none may be kept by the public
 * cache (worker/middleware/public-cache.ts). The language's messages are loaded here, before
 * anything may render in it (`translatorFor` is synchronous).
 */
export const detectLocale = createMiddleware((c, next) =>
  detect(c, async () => {
    const chosen = c.req.query('lang');
    if (chosen !== undefined && isLocale(convert(chosen))) {
      setCookie(c, 'lang', convert(chosen), {
        path: '/',
        sameSite: 'Lax',
        secure: true,
        httpOnly: true,
        maxAge: 365 * 24 * 3600,
      });
    }
    const language: unknown = c.var.language;
    if (isLocale(language)) await loadTranslator(language);
    await next();
  }),
);

export function translatorFor(c: Ctx): Translator {
  const language: unknown = c.var.language;
  return translator(isLocale(language) ? language : 'en');
}
