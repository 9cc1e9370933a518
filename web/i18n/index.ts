import { en, type MessageKey, type Messages, type PluralKey, type PluralMessage } from './en';

export const LOCALES = ['en', 'de', 'it', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', it: 'Italiano', ro: 'Română' };

/**
 * English, the source and the fallback, is there from the start. Every other language is built the
 * first time someone asks for it (issue 17: nothing heavy at module load): the bundler wraps each
 * dynamically imported table in a function run once, so an isolate builds only the tables of the
 * languages it serves. `loadTranslator` is awaited by whoever starts a request's or an email's
 * work in a language (web/locale.ts, web/email/render.tsx); from then on `translator` is at hand.
 */
const CATALOGS: Partial<Record<Locale, Messages>> = { en };
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./de').then((table) => table.de),
  it: () => import('./it').then((table) => table.it),
  ro: () => import('./ro').then((table) => table.ro),
};

/** The translator for `locale`, its messages loaded first if this isolate has not needed them yet. */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  if (locale !== 'en') CATALOGS[locale] ??= await LOADERS[locale]();
  return translator(locale);
}

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The `Intl` locale each page language formats with. English is written for Europe: dates read
 * "31 Mar 2027" (en-GB), not "Mar 31, 2027". Every date and number on a page or in an email is
 * formatted through a translator, so this is the one place that decides.
 */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', de: 'de', it: 'it', ro: 'ro' };

type Vars = Record<string, string | number>;

const fill = (text: string, vars?: Vars) =>
  vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;

export interface Translator {
  locale: Locale;
  t(key: MessageKey, vars?: Vars): string;
  /** The form for `count` (`#` is the count, formatted), with `{name}` filled from `vars`. */
  plural(key: PluralKey, count: number, vars?: Vars): string;
  date(iso: string, style?: 'medium' | 'long'): string;
  /** Date and time in UTC, saying so. */
  dateTime(iso: string): string;
  /**
   * Date and time on the clocks of `timeZone` (an IANA zone such as Europe/Berlin), as people at an
   * event read them; the caller names the zone. A zone `Intl` does not know falls back to UTC, saying so.
   */
  zonedDateTime(iso: string, timeZone: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Names joined as a sentence says them: "A, B and C" (en-GB), „A, B und C“. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/**
 * One formatter per locale and options, made on first use: building an `Intl` formatter costs far
 * more than formatting, and a ranking page formats thousands of numbers.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
function cached<F extends Formatter>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const numberFormat = (locale: Locale, options?: Intl.NumberFormatOptions) =>
  cached(`n:${locale}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(INTL_LOCALES[locale], options));
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALES[locale], options));

/**
 * Formatting a number with `Intl` costs about 3 µs (issue 17: the evaluation report formats some
 * 16 000 of them), far more than looking one up. Small whole numbers without options read the
 * same in every page language (Latin digits, no grouping below 1 000), and the rest repeat
 * (scores to two decimals, ranks, counts): each formatter keeps the strings it made, up to
 * MEMO_SIZE, then starts afresh, so memory stays bounded whatever a page shows.
 */
const MEMO_SIZE = 4_096;
const memos = new Map<string, Map<number, string>>();
/**
 * The memo key of an options object, made once per object: a page that formats hundreds of numbers
 * passes the same constant (`FRACTION_DIGITS`), and `JSON.stringify` on each call cost as much as
 * the lookup it keys (issue 17: the evaluation report).
 */
const optionKeys = new WeakMap<Intl.NumberFormatOptions, string>();
function optionsKey(options: Intl.NumberFormatOptions): string {
  let key = optionKeys.get(options);
  if (key === undefined) {
    key = JSON.stringify(options);
    optionKeys.set(options, key);
  }
  return key;
}

/** Options for `Translator.number` with at most 0, 1, 2 or 3 decimals: constants, so their memo key is made once. */
export const FRACTION_DIGITS = [
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 3 },
] as const;

function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isInteger(value) && value >= 0 && value < 1_000) return String(value);
  const key = options ? `${locale}:${optionsKey(options)}` : locale;
  let memo = memos.get(key);
  if (!memo) {
    memo = new Map();
    memos.set(key, memo);
  }
  let text = memo.get(value);
  if (text === undefined) {
    text = numberFormat(locale, options).format(value);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(value, text);
  }
  return text;
}

/**
 * One translator per locale, made on first use: it holds nothing of a request, and every request
 * asks for one (the locale middleware), where building its `Intl.PluralRules` each time cost more
 * CPU than a trivial route's own work (profiled, issue 17).
 */
const translators = new Map<Locale, Translator>();

/**
 * Strings, plurals, dates and numbers for one locale; formatting is left to `Intl`. Its messages
 * must be loaded (`loadTranslator`): a page in English where German was asked for is a bug, never
 * a fallback.
 */
export function translator(locale: Locale): Translator {
  const made = translators.get(locale);
  if (made) return made;
  const messages = CATALOGS[locale];
  if (!messages) throw new Error(`The ${locale} messages are not loaded: await loadTranslator('${locale}') first.`);
  const rules = new Intl.PluralRules(INTL_LOCALES[locale]);
  const t: Translator = {
    locale,
    t: (key, vars) => fill(messages[key] as string, vars),
    plural: (key, count, vars) => {
      const forms = messages[key] as PluralMessage;
      return fill((forms[rules.select(count)] ?? forms.other).replace('#', numberFormat(locale).format(count)), vars);
    },
    date: (iso, style = 'medium') => dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(iso)),
    dateTime: (iso) =>
      `${dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`,
    zonedDateTime: (iso, timeZone) => {
      try {
        return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
      } catch (err) {
        if (err instanceof RangeError) return t.dateTime(iso);
        throw err;
      }
    },
    number: (value, options) => formatNumber(locale, value, options),
    list: (items, type = 'conjunction') =>
      cached(`l:${locale}:${type}`, () => new Intl.ListFormat(INTL_LOCALES[locale], { type })).format(items),
  };
  translators.set(locale, t);
  return t;
}
