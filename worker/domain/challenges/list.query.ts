import { z } from '@hono/zod-openapi';
import { CARE_PATHWAY_STEPS, CHALLENGE_STATUSES } from '../../db/enums';
import { PageQuerySchema } from '../paging';

export const SORTS = ['newest', 'deadline', 'most_endorsed', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

/** Filters of GET /api/v1/challenges (and of the challenge browser page, which is a plain GET form). */
export const ChallengeListQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: 'Full-text search over title, summary, problem, indication and tags.' }),
  status: z.enum(CHALLENGE_STATUSES).optional(),
  cluster: z.string().max(60).optional().openapi({ description: 'Cluster slug.' }),
  call: z.string().max(64).optional().openapi({ description: "A call's id: only the challenges in it." }),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  trl: z.coerce
    .number()
    .int()
    .min(1)
    .max(9)
    .optional()
    .openapi({ description: "A solution's TRL; matches challenges whose range includes it." }),
  pathway: z.enum(CARE_PATHWAY_STEPS).optional(),
  deadline_before: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .optional()
    .openapi({ description: 'ISO date or date-time; challenges whose submission deadline is earlier.' }),
  sort: z.enum(SORTS).optional().openapi({ description: 'Default: relevance when searching, else newest.' }),
});
export type ChallengeListQuery = z.output<typeof ChallengeListQuerySchema>;
