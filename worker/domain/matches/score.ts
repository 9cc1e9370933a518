import type { PARTNER_OFFERS } from '../../db/enums';

/**
 * How much each kind of fit between a challenge and a partner counts (issue 16, suggested
 * matches). One place, read by the SQL of `read.ts`; the reasons shown are assembled from the
 * same matched rows (`reasons.ts`), so a score is always explained by what made it.
 *
 * - `capability` 3 per tag: what a partner can do for this very need is the substance of a match;
 *   two shared tags beat any number of side facts.
 * - `pathway` 2: they work at the challenge's step of care (screening, diagnosis…), so they know
 *   its setting, but alone it says little about the problem itself.
 * - `regulatory` 2: experience with exactly the challenge's MDR/IVDR class is rare and slow to gain.
 * - `trl` 1: their maturity range meets the challenge's; a tie-breaker, most ranges overlap.
 * - `want` 1 each: what the challenge gives or needs meets what they seek or offer (WANTS).
 *
 * A candidate must share at least one tag or the care-pathway step: TRL or offers alone would
 * suggest half the directory.
 */
export const WEIGHTS = { capability: 3, pathway: 2, regulatory: 2, trl: 1, want: 1 } as const;

/** How many suggestions of each kind a request gets by default, and at most (a top N, no cursor). */
export const DEFAULT_MATCHES = 10;
export const MAX_MATCHES = 50;

type Offer = (typeof PARTNER_OFFERS)[number];

/**
 * What a challenge gives or needs, read from its columns (`when`), against what a partner seeks
 * or offers. A deliberately small mapping:
 * - a pilot as reward: partners seeking a pilot site get one; partners offering one can host it too;
 * - co-development as reward: partners seeking co-development;
 * - a funding call as reward: partners seeking investment;
 * - pseudonymised or synthetic data on offer: partners seeking clinical data;
 * - CE marking required: partners offering regulatory advice.
 */
export const WANTS: readonly { when: string; facet: 'offers' | 'seeks'; value: Offer }[] = [
  { when: 'reward:pilot', facet: 'seeks', value: 'pilot_site' },
  { when: 'reward:pilot', facet: 'offers', value: 'pilot_site' },
  { when: 'reward:co_development', facet: 'seeks', value: 'co_development' },
  { when: 'reward:funding_call', facet: 'seeks', value: 'investment' },
  { when: 'data:pseudonymised', facet: 'seeks', value: 'clinical_data' },
  { when: 'data:synthetic', facet: 'seeks', value: 'clinical_data' },
  { when: 'ce', facet: 'offers', value: 'regulatory_advice' },
];
