import type { FormValues } from './forms';

// How HTML form fields become the API's input. Every page form decodes through these, so a
// checkbox, a number or a yes/no choice means the same everywhere.

/** Trimmed text; empty means "not given". */
export const text = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** A checkbox sends "on" when ticked and nothing otherwise. */
export const checkbox = (value: string | undefined): boolean => value === 'on';

/** A number field; empty means "not given" (the schema then says it is required). */
export const number = (value: string | undefined): number | undefined =>
  value === undefined || value.trim() === '' ? undefined : Number(value);

/** Two buttons or radios named the same, "yes" and "no"; anything else is no answer at all. */
export const yesNo = (value: string | undefined): boolean | undefined =>
  value === 'yes' ? true : value === 'no' ? false : undefined;

/** One entry per line (or per whitespace-separated word). */
export const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/\s+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** A comma-separated list. */
export const commaList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Fields named `<prefix><key>` as `{ key: value }`, e.g. `scores.feasibility` → `{ feasibility }`. */
export const prefixed = (values: FormValues, prefix: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => [name.slice(prefix.length), value]),
  );

/** The keys of `<prefix><key>` fields whose value is `choice`, e.g. the solutions marked "winner". */
export const chosen = (values: FormValues, prefix: string, choice: string): string[] =>
  Object.entries(prefixed(values, prefix))
    .filter(([, value]) => value === choice)
    .map(([key]) => key);

/** A date field (YYYY-MM-DD) as the end of that day in UTC; anything else is passed on for the schema to judge. */
export const endOfDay = (value: string | undefined): string | undefined =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59Z` : value || undefined;
