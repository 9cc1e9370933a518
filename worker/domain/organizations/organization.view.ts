import { z } from '@hono/zod-openapi';
import { CHALLENGE_STATUSES, ORGANIZATION_KINDS, SOLUTION_STATUSES } from '../../db/enums';
import { FacetsSchema } from './organization.schema';

/** An organization in the partner directory: what a search result shows. */
export const OrganizationSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    country: z.string().openapi({ description: "ISO 3166-1 alpha-2; '' when not told." }),
    region: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    trl_min: z.number().int().nullable(),
    trl_max: z.number().int().nullable(),
    facets: FacetsSchema,
    listed_at: z.string(),
  })
  .openapi('OrganizationSummary');
export type OrganizationSummary = z.output<typeof OrganizationSummarySchema>;

/** At most this many of each list on a profile; the counts stop at COUNT_CAP. */
export const PROFILE_LIST_SIZE = 5;
export const COUNT_CAP = 100;

const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item).openapi({ description: `The newest ${PROFILE_LIST_SIZE}.` }),
    count: z
      .number()
      .int()
      .openapi({ description: `How many there are, counted up to ${COUNT_CAP}.` }),
    count_capped: z.boolean().openapi({ description: `There are ${COUNT_CAP} or more: count says "at least".` }),
  });

export const OrganizationSchema = OrganizationSummarySchema.extend({
  challenges: listOf(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(CHALLENGE_STATUSES),
      published_at: z.string().nullable(),
    }),
  ).openapi({ description: 'Its challenges in the public catalogue (published, public visibility).' }),
  results: listOf(
    z.object({
      solution_id: z.string(),
      title: z.string(),
      outcome: z.enum(SOLUTION_STATUSES),
      challenge_id: z.string(),
      challenge_title: z.string(),
      decided_at: z.string(),
    }),
  ).openapi({ description: 'Its solutions made public: the public results of the open data.' }),
  cooperations: listOf(
    z.object({
      id: z.string(),
      challenge_id: z.string(),
      challenge_title: z.string(),
      solution_title: z.string(),
      partner: z.string().nullable().openapi({ description: 'The organization on the other side.' }),
      started_at: z.string(),
    }),
  ).openapi({ description: 'Its cooperations both sides made public.' }),
}).openapi('OrganizationProfile');
export type Organization = z.output<typeof OrganizationSchema>;

/** Facet rows as the profile's lists, each sorted. */
export function toFacets(rows: readonly (readonly [string, string])[]): OrganizationSummary['facets'] {
  const of = <T extends string>(facet: string) =>
    rows
      .filter(([f]) => f === facet)
      .map(([, v]) => v as T)
      .sort();
  return {
    capability: of('capability'),
    pathway: of('pathway'),
    regulatory: of('regulatory'),
    offers: of('offers'),
    seeks: of('seeks'),
  };
}
