import { z } from '@hono/zod-openapi';
import { createInsertSchema } from 'drizzle-zod';
import { CARE_PATHWAY_STEPS, DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../db/enums';
import { organizations } from '../../db/schema';
import { TagsSchema } from '../challenges/challenge.schema';

/** An organization's facets, by kind: the values of `organization_facets`. */
export const FacetsSchema = z
  .object({
    capability: TagsSchema.openapi({
      description: 'What it can do, in the vocabulary of challenge tags (liquid-biopsy, remote-monitoring).',
    }),
    pathway: z.array(z.enum(CARE_PATHWAY_STEPS)).max(7).openapi({ description: 'Care-pathway steps it works in.' }),
    regulatory: z
      .array(z.enum(DEVICE_CLASSES))
      .max(8)
      .openapi({ description: 'Regulatory experience: MDR classes I–III, IVDR classes A–D.' }),
    offers: z.array(z.enum(PARTNER_OFFERS)).max(7).openapi({ description: 'What it offers partners.' }),
    seeks: z.array(z.enum(PARTNER_OFFERS)).max(7).openapi({ description: 'What it is looking for.' }),
  })
  .strict();
export type Facets = z.output<typeof FacetsSchema>;

const trl = (s: z.ZodNumber) => s.int().min(1).max(9);

/**
 * The profile of an organization, from its table: what the seed (and, in a later issue, its
 * administrators) write. No route writes it yet.
 */
export const OrganizationProfileSchema = createInsertSchema(organizations, {
  name: (s) => s.trim().min(2).max(200),
  country: (s) => s.regex(/^([A-Z]{2})?$/, 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. DE.'),
  region: (s) => s.trim().min(1).max(120),
  website: (s) =>
    s
      .trim()
      .max(300)
      .url()
      .regex(/^https:\/\//, 'Use an https:// address.'),
  description: (s) => s.trim().max(2000),
  trl_min: trl,
  trl_max: trl,
})
  .pick({
    name: true,
    kind: true,
    country: true,
    region: true,
    website: true,
    description: true,
    trl_min: true,
    trl_max: true,
  })
  .extend({ kind: z.enum(ORGANIZATION_KINDS), facets: FacetsSchema })
  .partial({ region: true, website: true, description: true, trl_min: true, trl_max: true })
  .refine((p) => (p.trl_min == null) === (p.trl_max == null), {
    message: 'Give both ends of the TRL range, or neither.',
    path: ['trl_max'],
  })
  .refine((p) => p.trl_min == null || p.trl_max == null || p.trl_min <= p.trl_max, {
    message: 'The TRL range ends before it starts.',
    path: ['trl_max'],
  });
export type OrganizationProfile = z.output<typeof OrganizationProfileSchema>;
