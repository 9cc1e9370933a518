import { de } from './de';
import { en, type MessageKey, type Messages, type PluralKey, type PluralMessage } from './en';
import { it } from './it';
import { ro } from './ro';

export const LOCALES = ['en', 'de', 'it', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', it: 'Italiano', ro: 'Română' };

const CATALOGS: Record<Locale, Messages> = { en, de, it, ro };

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export interface Translator {
  locale: Locale;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  plural(key: PluralKey, count: number): string;
  date(iso: string, style?: 'medium' | 'long'): string;
  /** Date and time in UTC, saying so. */
  dateTime(iso: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * One formatter per locale and options, made on first use: building an `Intl` formatter costs far
 * more than formatting, and a ranking page formats thousands of numbers.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const numberFormat = (locale: Locale, options?: Intl.NumberFormatOptions) =>
  cached(`n:${locale}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** Strings, plurals, dates and numbers for one locale; formatting is left to `Intl`. */
export function translator(locale: Locale): Translator {
  const messages = CATALOGS[locale];
  const rules = new Intl.PluralRules(locale);
  return {
    locale,
    t: (key, vars) => {
      const text = messages[key] as string;
      return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
    },
    plural: (key, count) => {
      const forms = messages[key] as PluralMessage;
      return (forms[rules.select(count)] ?? forms.other).replace('#', numberFormat(locale).format(count));
    },
    date: (iso, style = 'medium') => dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(iso)),
    dateTime: (iso) =>
      `${dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`,
    number: (value, options) => numberFormat(locale, options).format(value),
  };
}
