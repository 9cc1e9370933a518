import { z } from '@hono/zod-openapi';
import { CARE_PATHWAY_STEPS, DEVICE_CLASSES, ORGANIZATION_KINDS, PARTNER_OFFERS } from '../../db/enums';
import { MATCH_LANGUAGES } from './reasons';
import { DEFAULT_MATCHES, MAX_MATCHES } from './score';

export const MatchQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_MATCHES)
    .default(DEFAULT_MATCHES)
    .openapi({ description: `How many of each kind, best first (a top ${MAX_MATCHES} at most; no further pages).` }),
  lang: z.enum(MATCH_LANGUAGES).optional().openapi({
    description: "The language of the reasons. Without it: Accept-Language, then the account's language, then English.",
  }),
});
export type MatchQuery = z.output<typeof MatchQuerySchema>;

const Range = z.tuple([z.number().int(), z.number().int()]);

export const MatchedSchema = z
  .object({
    capability: z.array(z.string()).openapi({ description: 'Tags shared with the challenge.' }),
    pathway: z.enum(CARE_PATHWAY_STEPS).nullable(),
    regulatory: z.enum(DEVICE_CLASSES).nullable(),
    trl: z.object({ partner: Range, challenge: Range }).nullable(),
    offers: z.array(z.enum(PARTNER_OFFERS)),
    seeks: z.array(z.enum(PARTNER_OFFERS)),
  })
  .openapi('MatchedFacets', { description: 'What made the match: every part of the reason comes from one of these.' });

const scored = {
  score: z.number().int().openapi({ description: 'The weighted sum of what matched (weights in the API guide).' }),
  reason: z.string().openapi({ example: 'oncology, liquid biopsy; care pathway: diagnosis; TRL 5–7 covers 6' }),
  matched: MatchedSchema,
};

export const ChallengeMatchesSchema = z
  .object({
    challenge_id: z.string(),
    organizations: z.array(
      z.object({
        organization: z.object({
          id: z.string(),
          name: z.string(),
          kind: z.enum(ORGANIZATION_KINDS),
          country: z.string(),
        }),
        ...scored,
      }),
    ),
    experts: z.array(
      z.object({
        person: z.object({ id: z.string(), name: z.string(), headline: z.string() }),
        ...scored,
      }),
    ),
  })
  .openapi('ChallengeMatches');
export type ChallengeMatches = z.infer<typeof ChallengeMatchesSchema>;

export const MyMatchesSchema = z
  .object({
    /** Whose facets were matched: their confirmed organization's, and their own expertise. */
    organization: z.object({ id: z.string(), name: z.string() }).nullable(),
    challenges: z.array(
      z.object({
        challenge: z.object({
          id: z.string(),
          title: z.string(),
          deadline: z.string(),
          call_id: z.string().nullable(),
        }),
        ...scored,
      }),
    ),
    calls: z.array(
      z.object({
        call: z.object({ id: z.string(), title: z.string(), closes_at: z.string() }),
        score: z.number().int().openapi({ description: 'The best score of its challenges that fit.' }),
        reason: z.string(),
        challenge_ids: z.array(z.string()),
      }),
    ),
  })
  .openapi('MyMatches');
export type MyMatches = z.infer<typeof MyMatchesSchema>;
