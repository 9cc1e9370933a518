import { z } from '@hono/zod-openapi';
import { createInsertSchema, createSelectSchema } from 'drizzle-zod';
import { clusters } from '../../db/schema';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ClusterSchema = createSelectSchema(clusters)
  .pick({ id: true, slug: true, name: true, region: true, country: true, description: true, website: true })
  .extend({
    challenge_count: z.number().int().openapi({ description: 'Published public challenges.' }),
    open_challenge_count: z.number().int().openapi({ description: 'Public challenges open for solutions now.' }),
  })
  .openapi('Cluster');
export type Cluster = z.output<typeof ClusterSchema>;

export const ClusterInputSchema = createInsertSchema(clusters, {
  slug: () => z.string().trim().min(2).max(60).regex(SLUG, 'Use lower-case words joined by hyphens, e.g. biorn.'),
  name: (s) => s.trim().min(2).max(120),
  region: (s) => s.trim().min(2).max(120),
  country: () =>
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code.'),
  description: (s) => s.trim().max(2000),
  website: () =>
    z
      .url({ protocol: /^https$/ })
      .max(300)
      .nullable()
      .optional(),
})
  .pick({ slug: true, name: true, region: true, country: true, description: true, website: true })
  .strict()
  .openapi('ClusterInput');
export type ClusterInput = z.output<typeof ClusterInputSchema>;

export const ModeratorSchema = z
  .object({ cluster: z.string(), user_id: z.string(), role: z.literal('moderator') })
  .openapi('ClusterModerator');
