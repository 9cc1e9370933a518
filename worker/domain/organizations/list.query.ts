import { z } from '@hono/zod-openapi';
import { CARE_PATHWAY_STEPS, DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../db/enums';
import { tagFromWords } from '../challenges/challenge.schema';
import { PageQuerySchema } from '../paging';

const MAX_VALUES = 10;

/** `?offers=a&offers=b` or `?offers=a,b` (or both): the values, trimmed, without empties and duplicates. */
const values = (raw: string | string[]) => [
  ...new Set(
    (Array.isArray(raw) ? raw : [raw])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

/** The values a facet takes: a type guard, and how to say them in an error. */
interface Known<T extends string> {
  is: (value: string) => value is T;
  say: string;
}
const among = <const T extends readonly string[]>(list: T): Known<T[number]> => ({
  is: (value): value is T[number] => (list as readonly string[]).includes(value),
  say: list.join(', '),
});
const COUNTRY: Known<string> = {
  is: (value): value is string => /^[A-Z]{2}$/.test(value),
  say: 'ISO 3166-1 alpha-2 codes such as DE or IT',
};

/**
 * A facet of the directory's query: repeatable, or a comma list; any of the values matches (OR).
 * An unknown value is refused, naming it and the values there are.
 */
function facet<T extends string>(name: string, known: Known<T>, normalise = (v: string) => v) {
  return z
    .union([z.string().max(400), z.array(z.string().max(100)).max(MAX_VALUES)])
    .optional()
    .transform((raw, ctx): T[] | undefined => {
      if (raw === undefined) return undefined;
      const list = [...new Set(values(raw).map(normalise))];
      if (list.length > MAX_VALUES) {
        ctx.addIssue({ code: 'custom', message: `Give at most ${MAX_VALUES} values of ${name}.` });
        return z.NEVER;
      }
      const unknown = list.filter((v) => !known.is(v));
      if (unknown.length > 0) {
        const them = unknown.map((v) => `"${v}"`).join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `${them} ${unknown.length === 1 ? 'is not a value' : 'are not values'} of ${name}: use ${known.say}.`,
        });
        return z.NEVER;
      }
      const kept = list.filter(known.is);
      return kept.length > 0 ? kept : undefined;
    })
    .openapi({
      description: `Any of these (repeat the parameter or separate values by commas): ${known.say}.`,
      type: 'string',
    });
}

/** Capabilities are tags: any tag, normalised as challenge tags are ("Liquid biopsy" is liquid-biopsy). */
const capability = z
  .union([z.string().max(400), z.array(z.string().max(100)).max(MAX_VALUES)])
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const typed = values(raw);
    const tags = [...new Set(typed.map(tagFromWords))];
    const empty = typed.filter((v) => tagFromWords(v) === '');
    if (empty.length > 0 || tags.some((t) => t.length > 40) || tags.length > MAX_VALUES) {
      ctx.addIssue({
        code: 'custom',
        message: `${[...empty, ...tags.filter((t) => t.length > 40)].map((v) => `"${v}"`).join(', ') || 'The list'} is not a capability: use up to ${MAX_VALUES} tags of letters and digits joined by hyphens, e.g. liquid-biopsy.`,
      });
      return z.NEVER;
    }
    return tags.length > 0 ? tags : undefined;
  })
  .openapi({
    description:
      'Any of these capabilities (challenge tags; repeat the parameter or separate by commas). Typed words are normalised as tags: "Liquid biopsy" is liquid-biopsy.',
    type: 'string',
  });

/** Filters of GET /api/v1/organizations and of the partner search page (a plain GET form). */
export const OrganizationListQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Full-text search over name, description, region and capabilities.' }),
  kind: facet('kind', among(ORGANIZATION_KINDS)),
  country: facet('country', COUNTRY, (v) => v.toUpperCase()),
  capability,
  pathway: facet('pathway', among(CARE_PATHWAY_STEPS)),
  regulatory: facet('regulatory', among(DEVICE_CLASSES)),
  offers: facet('offers', among(PARTNER_OFFERS)),
  seeks: facet('seeks', among(PARTNER_OFFERS)),
  trl: z.coerce
    .number()
    .int()
    .min(1)
    .max(9)
    .optional()
    .openapi({ description: "A TRL: organizations whose profile's range covers it." }),
});
export type OrganizationListQuery = z.output<typeof OrganizationListQuerySchema>;
