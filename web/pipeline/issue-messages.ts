import type { z } from 'zod';
import type { Translator } from '../i18n';
import type { MessageKey } from '../i18n/en';

// What a form says about one invalid field: a sentence in the page's language that names the
// field by its label, chosen by the kind of mistake. Never zod's own words, never a path: the
// schema's messages are English and written for the API.

/** A zod issue with the input it was about (validated with `reportInput`). */
export type Issue = z.core.$ZodIssue & { input?: unknown };

const POSITION = /^\d+$/;

/** A label as a message says it: without "(optional)" and the like. */
const plain = (label: string) => label.replace(/\s*\([^()]*\)\s*$/, '');

/**
 * The label of the field at `path` (`title`, `links.1`, `criteria.2.weight`): its own; or a label
 * for every entry of a list, written with `#` for the position (`links.#` → "Link {n}"); or the
 * list's label and the entry's position ("Tags, entry 3"). A field the form forgot to name is
 * "this field", never its path.
 */
export function labelFor(labels: Record<string, string>, path: string, tr: Translator): string {
  const own = labels[path];
  if (own) return plain(own);
  const parts = path.split('.');
  const at = parts.findIndex((part) => POSITION.test(part));
  if (at > 0) {
    const n = Number(parts[at]) + 1;
    const template = labels[parts.map((part) => (POSITION.test(part) ? '#' : part)).join('.')];
    if (template) return plain(template).replace('{n}', tr.number(n));
    const list = labels[parts.slice(0, at).join('.')];
    if (list) return tr.t('messages.entry', { label: plain(list), n: tr.number(n) });
  }
  return tr.t('messages.this_field');
}

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
}
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** The schema under optional, default, pipe and the like. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type)
      ? def.innerType
      : def.type === 'pipe'
        ? defOf(def.in ?? current).type === 'transform'
          ? def.out
          : def.in
        : undefined;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** The smallest and largest number the schema accepts at `path`, where it says so. */
export function boundsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): { min?: number; max?: number } {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    const def: Def = defOf(unwrap(current));
    current =
      def.type === 'object'
        ? def.shape?.[String(key)]
        : def.type === 'array'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : undefined;
    if (!current) return {};
  }
  const leaf = unwrap(current) as { minValue?: number | null; maxValue?: number | null };
  const finite = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER
      ? value
      : undefined;
  return { min: finite(leaf.minValue), max: finite(leaf.maxValue) };
}

const FORMATS: Record<string, MessageKey> = {
  email: 'messages.email',
  url: 'messages.url',
  datetime: 'messages.date',
  date: 'messages.date',
  time: 'messages.date',
};

const isEmpty = (input: unknown) => input === undefined || input === null || input === '';

/** The sentence for one issue, by its kind, naming the field by `label`. */
export function issueSentence(
  issue: Issue,
  label: string,
  tr: Translator,
  bounds: { min?: number; max?: number },
): string {
  const { t } = tr;
  const range = (min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? t('messages.between', { label, min: tr.number(min), max: tr.number(max) })
      : min !== undefined
        ? t('messages.at_least', { label, min: tr.number(min) })
        : max !== undefined
          ? t('messages.at_most', { label, max: tr.number(max) })
          : t('messages.check', { label });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'boolean') return t('messages.choose', { label });
      if (isEmpty(issue.input)) return t('messages.required', { label });
      if (issue.expected === 'number') return t('messages.number', { label });
      if (issue.expected === 'int') return t('messages.whole_number', { label });
      return t('messages.check', { label });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return isEmpty(issue.input) || min <= 1
          ? t('messages.required', { label })
          : tr.plural('messages.too_short', min, { label });
      if (issue.origin === 'array' || issue.origin === 'set') return tr.plural('messages.too_few', min, { label });
      return range(bounds.min ?? min, bounds.max);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return tr.plural('messages.too_long', max, { label });
      if (issue.origin === 'array' || issue.origin === 'set') return tr.plural('messages.too_many', max, { label });
      return range(bounds.min, bounds.max ?? max);
    }
    case 'invalid_format':
      return t(FORMATS[issue.format] ?? 'messages.format', { label });
    case 'invalid_value':
    case 'invalid_key':
    case 'unrecognized_keys':
      return t('messages.choose', { label });
    case 'not_multiple_of':
      return t('messages.whole_number', { label });
    case 'invalid_union': {
      // Each alternative failed: say what the first one expected (a date-time or a date: "a day").
      const first = issue.errors[0]?.[0];
      return first
        ? issueSentence({ ...first, input: issue.input } as Issue, label, tr, bounds)
        : t('messages.check', { label });
    }
    default:
      return t('messages.check', { label });
  }
}
