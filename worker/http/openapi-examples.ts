/**
 * Examples for the OpenAPI document, built from the JSON Schemas the routes validate with: an
 * example a schema or field declares wins; otherwise a value that fits its type, format and bounds,
 * taken from a small vocabulary of the demo world by the field's name. Built when the document is,
 * so an example follows its schema when a field is added and costs the bundle a few hundred bytes
 * rather than one hand-written object per operation.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  prefixItems?: Schema[];
  pattern?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
};

/** Any other text: a clinical need, the demo world's kind of prose. */
const SENTENCE =
  'Response to checkpoint inhibitors varies widely; we need a model that predicts it from the baseline CT.';

/** Sample words by field name, from the demo world's precision-medicine clusters. */
const WORDS: [RegExp, string][] = [
  [/^(id|.*_id)$/, '0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37'],
  [/email/, 'anna.keller@uk-nordhafen.example'],
  [/(^|_)(url|website|href|link)$/, 'https://bedside.example/challenges/0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37'],
  [/slug|^cluster$/, 'biorn'],
  [/title|^subject$/, 'Predicting immunotherapy response in lung cancer from routine CT'],
  [/display_name|^(author|owner|user|person|full_name)$/, 'Dr. Anna Keller'],
  [/name/, 'Universitätsklinikum Nordhafen'],
  [/country/, 'DE'],
  [/currency/, 'EUR'],
  [/icd/, 'C34.9'],
  [/lang|locale/, 'en'],
  [/password/, 'tidal-quartz-harbour-2026'],
  [/cursor/, 'WyIwMTkzYTRjMiJd'],
  [/secret|token|code$/, 'bsk_4fJ2kq9XyZ1mNw7Pb3Rt6Vc8Hd0Ls5Ue2Ga7Ko1Qi9'],
  [/domain/, 'uk-nordhafen.example'],
  [/scope/, 'challenges:read'],
  [/(^|_)(q|query|search|expertise|keywords?|tags?|topics?)$/, 'oncology'],
  [/indication|population/, 'Adults with stage III–IV non-small cell lung cancer'],
  [/headline|label|role/, 'Thoracic radiologist'],
  [/outcome|kpi/, 'AUC of at least 0.80 for response at 12 weeks'],
  [/standard/, 'Response assessed by RECIST on follow-up CT at 8–12 weeks'],
  [/approach|plan/, 'A radiomics model on baseline CT, validated on 400 retrospective cases at two sites.'],
  [/team/, 'Two radiologists, a data scientist and a regulatory lead'],
  [/comment|feedback/, 'Sound approach; the validation cohort is small for a CE-marked device.'],
  [/reason/, 'Contains details that could identify a patient.'],
];

const STRING_FORMATS: Record<string, string> = {
  'date-time': '2026-03-02T09:30:00.000Z',
  date: '2026-03-02',
  email: 'anna.keller@uk-nordhafen.example',
  uri: 'https://bedside.example/challenges',
  url: 'https://bedside.example/challenges',
  uuid: '0193a4c2-7d1e-7b3a-9f64-2c8e5a1d0f37',
};

/** Tried in turn when a field has a pattern its name's word does not fit. */
const PATTERNED = ['oncology', 'clinical_impact', 'clinical-impact', 'EUR', 'C34.9', 'DE', 'biorn', '0193a4c2'];

function stringFor(name: string, schema: Schema): string {
  const format = schema.format && STRING_FORMATS[schema.format];
  const dated = /_at$|^(at|deadline|since|until|starts|ends)$/.test(name) ? STRING_FORMATS['date-time'] : undefined;
  let text = format ?? dated ?? WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? SENTENCE;
  if (schema.pattern) {
    const fits = new RegExp(schema.pattern, 'u');
    if (!fits.test(text)) text = PATTERNED.find((word) => fits.test(word)) ?? text;
  }
  if (schema.minLength !== undefined && text.length < schema.minLength) {
    text = `${SENTENCE} `.repeat(Math.ceil(schema.minLength / SENTENCE.length)).trim();
  }
  if (schema.maxLength !== undefined) text = text.slice(0, schema.maxLength);
  return text;
}

/** Sample numbers by field name; anything else is 4 (a TRL, a count), within the field's bounds. */
const NUMBERS: [RegExp, number][] = [
  [/version/, 3],
  [/limit|size/, 20],
  [/amount/, 2_500_000],
  [/score|rank|stage/, 1],
];

function numberFor(name: string, schema: Schema, integer: boolean): number {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1);
  const guess = NUMBERS.find(([pattern]) => pattern.test(name))?.[1] ?? 4;
  const value = Math.min(Math.max(guess, low ?? guess), schema.maximum ?? guess);
  return integer ? Math.ceil(value) : value;
}

/** One example of `schema` (named `name` in its parent); `$ref`s are looked up with `resolve`. */
export function exampleOf(schema: Schema, resolve: (ref: string) => Schema | undefined, name = '', depth = 0): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (depth > 8) return null;
  if (schema.$ref) {
    const target = resolve(schema.$ref);
    return target ? exampleOf(target, resolve, name, depth + 1) : null;
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? null;
  if (schema.default !== undefined) return schema.default;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) {
    const chosen = variants.find((v) => v.type !== 'null') ?? variants[0];
    return chosen ? exampleOf(chosen, resolve, name, depth + 1) : null;
  }
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part) => exampleOf(part, resolve, name, depth + 1));
    return Object.assign({}, ...parts.filter((part) => typeof part === 'object' && part !== null));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null') ?? (schema.properties ? 'object' : types[0]);
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, exampleOf(value, resolve, key, depth + 1)]),
      );
    case 'array': {
      if (schema.prefixItems) return schema.prefixItems.map((item) => exampleOf(item, resolve, name, depth + 1));
      const item = schema.items ? exampleOf(schema.items, resolve, name.replace(/s$/, ''), depth + 1) : 'oncology';
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'string':
      return stringFor(name, schema);
    case 'integer':
    case 'number':
      return numberFor(name, schema, type === 'integer');
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}
